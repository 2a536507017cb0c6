package closebatch.export;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import closebatch.checkpoint.CheckpointBatch;
import closebatch.checkpoint.CheckpointDatabase;
import closebatch.checkpoint.RunIdentity;
import closebatch.close.ApiKey;
import closebatch.close.CloseClient;
import closebatch.close.CloseTarget;
import closebatch.close.RetryPolicy;
import closebatch.config.ExportJob;
import closebatch.config.OutputFormat;
import closebatch.config.OutputSpec;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Builds and runs export jobs against a sandbox for tests, and reads their output.
 */
final class ExportHarness {

	/** Quick retries so that injected faults do not slow the tests down. */
	static final RetryPolicy QUICK = new RetryPolicy(10, 30, Duration.ofMillis(1), Duration.ofMillis(20));

	static final String ALL_LEADS = "{\"type\": \"match_all\"}";

	private ExportHarness() {
	}

	static CloseClient client(URI baseUrl, String key, RetryPolicy retries) {
		CloseTarget target = CloseTarget.of(baseUrl.toString())
			.withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(60));
		return CloseClient.builder(target, List.of(ApiKey.of(key))).retryPolicy(retries).build();
	}

	static ExportJob leadsTo(String file, OutputFormat format, List<String> fields) {
		return new ExportJob("export-leads", ALL_LEADS, null, "lead", fields, List.of(),
				new OutputSpec(Path.of(file), format));
	}

	static ExportJob job(String query, String objectType, List<String> fields, OutputSpec output) {
		return new ExportJob("export-leads", query, null, objectType, fields, List.of(), output);
	}

	static JobParameters parameters(ExportRun run, URI baseUrl) {
		return new RunIdentity(run.job().getName(), null, run.fingerprint(), baseUrl.toString(), "test")
			.toJobParameters(1);
	}

	/** Builds and runs (or resumes) the export with the state in {@code stateFile}. */
	static JobExecution run(ExportJob job, CloseClient client, Path stateFile, Path dir, ExportTuning tuning)
			throws Exception {
		try (CheckpointDatabase database = CheckpointDatabase.open(stateFile)) {
			CheckpointBatch batch = CheckpointBatch.on(database);
			ExportRun run = ExportJobs.build(job, client, database, batch, dir, tuning);
			return batch.jobOperator().start(run.job(), parameters(run, client.target().baseUrl()));
		}
	}

	static List<CSVRecord> csv(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return new ArrayList<>(
					CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords());
		}
	}

}
