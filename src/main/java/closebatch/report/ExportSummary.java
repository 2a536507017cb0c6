package closebatch.report;

import java.nio.file.Path;
import java.util.Locale;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an export run did, as printed and written to {@code summary.json}.
 *
 * @param job the job's name
 * @param run the run number
 * @param status how it ended
 * @param rowsWritten rows in the output file (including an interrupted run's)
 * @param objectsWritten objects this process wrote
 * @param truncatedObjects objects with more nested values than the numbered columns hold
 * @param outputFile the file written
 * @param mappingFile the mapping written beside it, or null
 * @param usage requests, retries and throttled responses
 * @param elapsedMs how long this process ran
 */
public record ExportSummary(String job, String run, RunStatus status, long rowsWritten, long objectsWritten,
		long truncatedObjects, Path outputFile, Path mappingFile, ApiUsage usage, long elapsedMs) {

	/** The summary for people, ending with a line break. */
	String text(ExitDecision decision) {
		StringBuilder text = new StringBuilder();
		text.append(this.job).append(" (run ").append(this.run).append("): ").append(statusName()).append('\n');
		text.append(String.format("  rows     %,d in %s%n", this.rowsWritten, this.outputFile));
		if (this.mappingFile != null) {
			text.append("  mapping  ").append(this.mappingFile).append(" (imports the file back)\n");
		}
		if (this.truncatedObjects > 0) {
			text.append(String.format("  note     %,d objects had more nested values than their columns hold%n",
					this.truncatedObjects));
		}
		text.append(String.format("  api      %,d requests, %,d retries, %,d throttled; %.1f s%n",
				this.usage.requests(), this.usage.retries(), this.usage.throttled(), this.elapsedMs / 1000.0));
		text.append("  exit     ").append(decision.code()).append('\n');
		return text.toString();
	}

	/** The summary as {@code summary.json} holds it. */
	ObjectNode toJson(ExitDecision decision) {
		ObjectNode json = JsonMapper.builder().build().createObjectNode();
		json.put("job", this.job);
		json.put("kind", "export");
		json.put("run", this.run);
		json.put("status", statusName());
		json.put("rows_written", this.rowsWritten);
		json.put("objects_written", this.objectsWritten);
		json.put("truncated_objects", this.truncatedObjects);
		json.put("output_file", this.outputFile.toString());
		json.put("mapping_file", (this.mappingFile != null) ? this.mappingFile.toString() : null);
		json.put("requests", this.usage.requests());
		json.put("retries", this.usage.retries());
		json.put("throttled", this.usage.throttled());
		json.put("elapsed_ms", this.elapsedMs);
		json.put("exit_code", decision.code());
		return json;
	}

	/**
	 * For {@code --quiet}:
	 * {@code export-ceos (run 2): completed; 40 rows in out/ceos.csv}.
	 */
	String line() {
		return this.job + " (run " + this.run + "): " + statusName() + "; " + this.rowsWritten + " rows in "
				+ this.outputFile;
	}

	private String statusName() {
		return this.status.name().toLowerCase(Locale.ROOT);
	}

}
