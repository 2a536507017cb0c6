package closebatch.export;

/**
 * What a column holds, so typed outputs (XLSX) can write numbers and dates as such; CSV
 * and JSON Lines write every kind as text in ISO 8601 or plain decimal form.
 */
public enum CellKind {

	/** Text, formula-escaped unless the job says otherwise. */
	TEXT,

	/** A decimal number. */
	NUMBER,

	/** A calendar date ({@code 2024-03-05}). */
	DATE,

	/** An instant with an offset ({@code 2024-03-05T10:15:00.123456+00:00}). */
	DATETIME

}
