package closebatch.report;

import java.nio.file.Path;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link RunSummary} as {@code summary.json}, for CI and other tools.
 *
 * <p>
 * Field names are snake_case and stable: {@code job}, {@code run}, {@code status}
 * ({@code completed}, {@code failed}, {@code invalid}, {@code auth_refused}),
 * {@code rows_read}, {@code rows_created}, {@code rows_updated}, {@code rows_unchanged},
 * {@code rows_rejected}, {@code rows_skipped}, {@code leads_created},
 * {@code leads_updated}, {@code leads_unchanged}, {@code contacts_created},
 * {@code contacts_updated}, {@code requests}, {@code retries}, {@code throttled},
 * {@code elapsed_ms}, {@code rejects_file}, {@code results_file} (null when not written),
 * {@code accounting_gap} (null when rows add up, else the gap in words) and
 * {@code exit_code}. {@link RunReport#write()} writes the file.
 */
public final class SummaryJson {

	/** The file's name inside a run's output folder. */
	public static final String FILE_NAME = "summary.json";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private SummaryJson() {
	}

	/**
	 * The summary as a JSON object.
	 * @param summary the summary
	 * @param decision the exit decision made from it
	 * @return the object
	 */
	public static ObjectNode toJson(RunSummary summary, ExitDecision decision) {
		ObjectNode json = MAPPER.createObjectNode();
		json.put("job", summary.job());
		json.put("run", summary.run());
		json.put("status", summary.status().name().toLowerCase(Locale.ROOT));
		json.put("rows_read", summary.rowsRead());
		json.put("rows_created", summary.rows().created());
		json.put("rows_updated", summary.rows().updated());
		json.put("rows_unchanged", summary.rows().unchanged());
		json.put("rows_rejected", summary.rows().rejected());
		json.put("rows_skipped", summary.rows().skipped());
		json.put("leads_created", summary.leadsCreated());
		json.put("leads_updated", summary.leadsUpdated());
		json.put("leads_unchanged", summary.leadsUnchanged());
		json.put("contacts_created", summary.contactsCreated());
		json.put("contacts_updated", summary.contactsUpdated());
		var objects = json.putObject("objects");
		summary.objects()
			.forEach((type, counts) -> objects.putObject(type)
				.put("created", counts.created())
				.put("updated", counts.updated())
				.put("unchanged", counts.unchanged()));
		json.put("requests", summary.usage().requests());
		json.put("retries", summary.usage().retries());
		json.put("throttled", summary.usage().throttled());
		json.put("elapsed_ms", summary.elapsedMs());
		json.put("rejects_file", summary.rejectsFile());
		json.put("results_file", summary.resultsFile());
		json.put("accounting_gap", summary.accountingGap().map(RunSummary.AccountingGap::describe).orElse(null));
		json.put("exit_code", decision.code());
		json.put("outcome", decision.headline());
		return json;
	}

	/**
	 * A JSON document as closebatch writes every one, to a file or to stdout: indented,
	 * one field a line, so that people can read it and scripts can parse it.
	 * @param json the document
	 * @return its text, without a final line break
	 */
	public static String render(JsonNode json) {
		return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json);
	}

	/**
	 * Reads a summary file back as a tree, for {@code status} and tests.
	 * @param file the file
	 * @return its JSON
	 */
	public static JsonNode read(Path file) {
		return MAPPER.readTree(file.toFile());
	}

}
