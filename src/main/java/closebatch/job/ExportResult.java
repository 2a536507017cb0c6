package closebatch.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import closebatch.report.ApiUsage;
import closebatch.report.RunStatus;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How an export run ended, as printed and written to {@code summary.json}.
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
 * @param failure what stopped it, or null
 * @param outputDir the run's folder (summary.json)
 */
public record ExportResult(String job, String run, RunStatus status, long rowsWritten, long objectsWritten,
		long truncatedObjects, Path outputFile, Path mappingFile, ApiUsage usage, long elapsedMs, String failure,
		Path outputDir) {

	/** The exit code: 0 completed, 1 failed (run again to resume), 4 key refused. */
	public int exitCode() {
		return ExportRunner.exitCode(this.status);
	}

	/** The summary for people. */
	public String text() {
		StringBuilder text = new StringBuilder();
		text.append(this.job)
			.append(" (run ")
			.append(this.run)
			.append("): ")
			.append(this.status.name().toLowerCase(java.util.Locale.ROOT))
			.append('\n');
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
		text.append("  exit     ").append(exitCode()).append('\n');
		return text.toString();
	}

	/**
	 * The summary as written to {@code summary.json} and printed by {@code run --json}.
	 * @return a new JSON object
	 */
	public ObjectNode toJson() {
		ObjectNode json = JsonMapper.builder().build().createObjectNode();
		json.put("job", this.job);
		json.put("kind", "export");
		json.put("run", this.run);
		json.put("status", this.status.name().toLowerCase(java.util.Locale.ROOT));
		json.put("rows_written", this.rowsWritten);
		json.put("objects_written", this.objectsWritten);
		json.put("truncated_objects", this.truncatedObjects);
		json.put("output_file", this.outputFile.toString());
		json.put("mapping_file", (this.mappingFile != null) ? this.mappingFile.toString() : null);
		json.put("requests", this.usage.requests());
		json.put("retries", this.usage.retries());
		json.put("throttled", this.usage.throttled());
		json.put("elapsed_ms", this.elapsedMs);
		json.put("exit_code", exitCode());
		return json;
	}

	void writeSummary() {
		ObjectNode json = toJson();
		try {
			Files.createDirectories(this.outputDir);
			Path temporary = this.outputDir.resolve("summary.json.tmp");
			Files.writeString(temporary, json.toPrettyString());
			Files.move(temporary, this.outputDir.resolve("summary.json"), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the summary in " + this.outputDir, ex);
		}
	}

}
