package closebatch.source;

import closebatch.error.ErrorCode;

/**
 * The source stage's error codes: problems with a whole input file (1xx), which stop the
 * job before a row is read or where the file turns bad, and problems with one row (2xx),
 * which reject that row only.
 */
public enum SourceError implements ErrorCode {

	FILE_NOT_READABLE("SRC-101",
			"Check the path (relative paths start from the current directory) and the " + "file's permissions."),

	EMPTY_FILE("SRC-102", "The first non-empty line (CSV) or row (XLSX) must name the columns."),

	BLANK_HEADER("SRC-103", "Give every column a name in the header, or delete the empty column."),

	DUPLICATE_HEADER("SRC-104", "Rename one of the columns so that every header is unique."),

	BAD_ENCODING("SRC-105",
			"Set the file's encoding, e.g. 'encoding: windows-1252' for files saved by Excel "
					+ "on Windows, or 'encoding: ISO-8859-1'; or save the file as CSV UTF-8."),

	UNKNOWN_ENCODING("SRC-106", "Use a Java charset name such as UTF-8, windows-1252, ISO-8859-1 or UTF-16."),

	BAD_DELIMITER("SRC-107",
			"Give one character other than a double quote or a line break (such as , ; | or tab), "
					+ "or leave the delimiter out to detect it."),

	WORKBOOK_NOT_CSV("SRC-108", "Name the file .xlsx to read it as a workbook, or save it from Excel as CSV."),

	NOT_A_SPREADSHEET("SRC-111",
			"Open the file in Excel or LibreOffice and save it as .xlsx, or name a CSV " + "file .csv."),

	OLD_EXCEL_FORMAT("SRC-112", "Excel 97-2003 (.xls) files are not read: save the file as .xlsx."),

	ENCRYPTED_SPREADSHEET("SRC-113",
			"Remove the password in Excel (File > Info > Protect Workbook) and save " + "the file again."),

	SPREADSHEET_TOO_COMPRESSED("SRC-114",
			"The file expands far more than a real spreadsheet does (a zip bomb "
					+ "or a corrupt file). Save it again from Excel, or export it as CSV."),

	SHEET_NOT_FOUND("SRC-115", "Name one of the workbook's sheets, or give its position (1 for the first)."),

	BAD_RESTART_POSITION("SRC-116",
			"The checkpoint does not fit this file. Start the job afresh instead of " + "restarting it."),

	NOT_A_FILE("SRC-117",
			"Give the path of a CSV or XLSX file saved on disk; folders, devices, named pipes and system "
					+ "files such as /proc entries are not read."),

	HEADER_TOO_LARGE("SRC-118",
			"Check that the first line is the header of a CSV file (not binary data); a header may have at "
					+ "most 16,384 columns, each name at most 1,024 characters."),

	TOO_MANY_CELLS("SRC-201", "Quote values that contain the delimiter, or remove the extra cells."),

	TOO_FEW_CELLS("SRC-202", "Add the missing cells (empty ones are fine) so the row has one per column."),

	BROKEN_QUOTE("SRC-203",
			"Close the quoted value with a double quote, and write a double quote inside a "
					+ "quoted value as two (\"\")."),

	ROW_TOO_LONG("SRC-204", "Split the line, or check that it is not binary data."),

	CELL_WITHOUT_HEADER("SRC-205", "Give the column a header, or delete the value."),

	UNDECODABLE_ROW("SRC-206",
			"Save the file in one encoding (CSV UTF-8 from Excel), or set 'encoding:' in the job to the "
					+ "one the guess names; the other rows were read."),

	CELL_TOO_LONG("SRC-207", "A cell may hold at most 32,767 characters, as in Excel: shorten it or split it."),

	CONTROL_CHARACTER("SRC-208",
			"Remove the control character (NUL, or another below U+0020 but tab and line breaks): it is "
					+ "usually left by a broken export or binary data, and Close would store it as it is."),

	BLANK_ROW("SRC-209", "Nothing to do: a row whose cells are all blank is skipped.");

	private final String code;

	private final String hint;

	SourceError(String code, String hint) {
		this.code = code;
		this.hint = hint;
	}

	@Override
	public String code() {
		return this.code;
	}

	@Override
	public String hint() {
		return this.hint;
	}

}
