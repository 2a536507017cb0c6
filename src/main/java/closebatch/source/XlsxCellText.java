package closebatch.source;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * The text of a spreadsheet cell: its value as a person reads it, without the decoration
 * of its number format, so that a mapping can parse it the same way every time.
 *
 * <ul>
 * <li>text as it is;</li>
 * <li>dates as ISO dates ({@code 2024-03-05}), dates with a time of day as ISO date-times
 * ({@code 2024-03-05T14:30:00}, milliseconds only when there are some), times alone as
 * {@code 14:30:00};</li>
 * <li>numbers with at most 15 significant digits, as Excel shows them: whole numbers
 * without {@code .0}, others in plain notation ({@code 0.1}, {@code 1234567.89}),
 * scientific only below 1e-7 or from 1e21 on; no grouping, percent or currency
 * signs;</li>
 * <li>booleans as {@code TRUE} and {@code FALSE};</li>
 * <li>formulas by their cached value, formatted by the rules above; errors as Excel shows
 * them ({@code #N/A}, {@code #DIV/0!});</li>
 * <li>blank cells as {@code ""}.</li>
 * </ul>
 */
final class XlsxCellText {

	private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private static final DateTimeFormatter TIME_WITH_MILLIS = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

	private XlsxCellText() {
	}

	/**
	 * The text of a cell.
	 * @param cell the cell
	 * @param date1904 whether the workbook counts dates from 1904 (old Mac Excel)
	 * @return the text, {@code ""} for a blank cell
	 */
	static String of(Cell cell, boolean date1904) {
		CellType type = cell.getCellType();
		if (type == CellType.FORMULA) {
			type = cell.getCachedFormulaResultType();
		}
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> numeric(cell, date1904);
			case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
			case ERROR -> error(cell);
			default -> "";
		};
	}

	private static String numeric(Cell cell, boolean date1904) {
		double value = cell.getNumericCellValue();
		if (DateUtil.isValidExcelDate(value) && DateUtil.isCellDateFormatted(cell)) {
			return dateTime(value, date1904);
		}
		return number(value);
	}

	static String dateTime(double value, boolean date1904) {
		// POI rounds to the millisecond, as Excel stores times.
		LocalDateTime dateTime = DateUtil.getLocalDateTime(value, date1904, false);
		LocalTime time = dateTime.toLocalTime();
		String timeText = ((time.getNano() == 0) ? TIME : TIME_WITH_MILLIS).format(time);
		if (value < 1) {
			return timeText;
		}
		if (time.equals(LocalTime.MIDNIGHT)) {
			return dateTime.toLocalDate().toString();
		}
		return dateTime.toLocalDate() + "T" + timeText;
	}

	static String number(double value) {
		if (value == 0) {
			return "0";
		}
		double magnitude = Math.abs(value);
		if (value == Math.rint(value) && magnitude < 1e15) {
			return Long.toString((long) value);
		}
		BigDecimal rounded = new BigDecimal(value).round(EXCEL_PRECISION).stripTrailingZeros();
		return (magnitude >= 1e-7 && magnitude < 1e21) ? rounded.toPlainString() : rounded.toString();
	}

	private static String error(Cell cell) {
		try {
			return FormulaError.forInt(cell.getErrorCellValue()).getString();
		}
		catch (RuntimeException ex) {
			// The streaming reader gives a formula's cached error only as text, "ERROR:
			// #DIV/0!".
			String text = cell.getStringCellValue();
			int hash = text.indexOf('#');
			return ((hash >= 0) ? text.substring(hash) : text).strip();
		}
	}

}
