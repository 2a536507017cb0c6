package closebatch.export;

import closebatch.error.ErrorCode;

/**
 * The export stage's error codes: problems with an export job that stop it before a row
 * is written (1xx), and limits of the API an export cannot get past (2xx).
 */
public enum ExportError implements ErrorCode {

	UNKNOWN_CUSTOM_FIELD("EXP-101",
			"Write custom fields as custom.<Field Name> with the name as Close shows it; "
					+ "GET /custom_field_schema/<type>/ lists them."),

	BAD_QUERY("EXP-102",
			"Give the query as Close's \"Copy Filters\" gives it: a JSON object with a 'type', "
					+ "or a request body with a 'query'."),

	UNSUPPORTED_SORT("EXP-103",
			"Leave 'sort' out: an export always reads in date_created order, oldest first, so that it can "
					+ "resume and get past the search's 10,000-result cap."),

	QUERY_FILE_NOT_READABLE("EXP-104",
			"Check the path of 'query-file' (relative to the directory closebatch runs in)."),

	UNSUPPORTED_OBJECT_TYPE("EXP-105", "A search exports 'lead' or 'contact'; use 'list:' for other objects."),

	OUTPUT_CHANGED("EXP-106",
			"Put the file back as the interrupted run left it, or start a new run of the export, which "
					+ "writes the file from the beginning."),

	TOO_MANY_TIES("EXP-201", "More objects share one date_created than one search can return; narrow the query "
			+ "(for example by status) and export the parts separately.");

	private final String code;

	private final String hint;

	ExportError(String code, String hint) {
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
