package closebatch.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A sheet of an XLSX workbook and how to read it.
 *
 * <p>
 * The sheet's first non-empty row is the header; header cells after the last named one
 * are ignored. Cells are read as the text a person sees in them, without decoration (see
 * {@link XlsxCellText}); empty rows are skipped; each row keeps its sheet row number. The
 * workbook is streamed, never loaded whole.
 *
 * @param path the workbook
 * @param sheet which sheet to read
 */
public record XlsxFile(Path path, SheetSelector sheet) implements SourceFile {

	public XlsxFile {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(sheet, "sheet");
	}

	/**
	 * The first sheet of a workbook.
	 * @param path the workbook
	 * @return how to read it
	 */
	public static XlsxFile of(Path path) {
		return new XlsxFile(path, SheetSelector.first());
	}

	public XlsxFile withSheet(String name) {
		return new XlsxFile(this.path, new SheetSelector.Named(name));
	}

	public XlsxFile withSheet(int position) {
		return new XlsxFile(this.path, new SheetSelector.AtPosition(position));
	}

	/**
	 * The name of the sheet this file reads, such as the first visible one, found without
	 * reading the sheet.
	 * @return the sheet's name
	 * @throws closebatch.error.UserInputException as {@link #open()}
	 */
	public String sheetName() {
		return XlsxWorkbooks.sheetName(this);
	}

	@Override
	public SourceRows openAt(SourcePosition position) {
		return XlsxRows.open(this, position);
	}

}
