package closebatch.export;

import java.nio.file.Path;
import java.util.Objects;

import org.springframework.batch.core.job.Job;

/**
 * An export job ready to run, and what the run summary needs from it.
 *
 * @param job the Spring Batch job: launch it with the job operator, restart it the same
 * way (it resumes from its last committed chunk)
 * @param output the file it writes
 * @param mapping the mapping it writes beside the file to import it again, or null when
 * it writes none (exports of objects other than leads)
 * @param layout the columns
 * @param fingerprint identifies what the export writes (query, columns, format): pass it
 * as the run's mapping fingerprint so a changed job is never resumed into an old file
 * @param counters rows and objects written, updated as chunks commit
 */
public record ExportRun(Job job, Path output, Path mapping, ExportLayout layout, String fingerprint,
		ExportCounters counters) {

	public ExportRun {
		Objects.requireNonNull(job, "job");
		Objects.requireNonNull(output, "output");
		Objects.requireNonNull(layout, "layout");
		Objects.requireNonNull(fingerprint, "fingerprint");
		Objects.requireNonNull(counters, "counters");
	}

}
