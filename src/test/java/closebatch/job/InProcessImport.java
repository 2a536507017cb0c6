package closebatch.job;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import closebatch.checkpoint.RunPlanner.RestartMode;
import closebatch.close.ApiKey;
import closebatch.close.CloseClient;
import closebatch.close.CloseTarget;
import closebatch.close.RetryPolicy;
import closebatch.close.TimeSource;
import closebatch.config.ImportJob;
import closebatch.config.JobLoader;
import closebatch.report.RejectThreshold;
import closebatch.sandbox.http.RequestLog;
import closebatch.sandbox.SandboxExtension;
import tools.jackson.databind.JsonNode;

/**
 * Runs an import in this JVM against a sandbox, as {@code closebatch run} would, with a
 * state file and output folder of the test's own; and reads the sandbox's request log.
 */
final class InProcessImport {

	private InProcessImport() {
	}

	/** A client for the sandbox with the test key and the given request timeout. */
	static CloseClient client(URI baseUrl, Duration requestTimeout) {
		return client(baseUrl, requestTimeout, TimeSource.system());
	}

	/** A client whose waits (throttling, backoff) pass on the given time. */
	static CloseClient client(URI baseUrl, Duration requestTimeout, TimeSource time) {
		return client(baseUrl, requestTimeout, time, RetryPolicy.defaults());
	}

	/** A client whose waits pass on the given time and that retries as told. */
	static CloseClient client(URI baseUrl, Duration requestTimeout, TimeSource time, RetryPolicy retries) {
		return CloseClient
			.builder(CloseTarget.of(baseUrl.toString()).withTimeouts(Duration.ofSeconds(5), requestTimeout),
					List.of(ApiKey.of(SandboxExtension.API_KEY)))
			.timeSource(time)
			.retryPolicy(retries)
			.build();
	}

	/** The sandbox as a run's target, with the test key. */
	static JobTarget target(URI baseUrl) {
		return JobTarget.of(client(baseUrl, Duration.ofSeconds(30)));
	}

	/** A test's run options: the state file and output in its folder, no reject limit. */
	static RunOptions options(Path folder) {
		return new RunOptions(folder.resolve("state.db"), RestartMode.RESUME, folder.resolve("out"),
				RejectThreshold.NONE, "test");
	}

	/** A job file, read as the import it is. */
	static ImportJob importJob(Path jobFile) {
		return (ImportJob) JobLoader.load(jobFile, List.of());
	}

	/** Runs the job to its end with a fresh client and says how it ended. */
	static RunResult run(GeneratedImport generated, CloseClient client, RestartMode restart) {
		RunOptions options = new RunOptions(generated.folder().resolve("state.db"), restart,
				generated.folder().resolve("out"), RejectThreshold.NONE, "test");
		return new ImportRunner(Clock.systemUTC()).run(generated.job(), options, JobTarget.of(client),
				(rows, fraction) -> {
				});
	}

	/** The requests the sandbox received, by {@code METHOD /route/}, writes only. */
	static Map<String, Long> writeRequests(RequestLog log) {
		Map<String, Long> writes = new TreeMap<>();
		JsonNode routes = log.toJson().path("by_route");
		for (Map.Entry<String, JsonNode> route : routes.properties()) {
			if (!route.getKey().startsWith("GET ")) {
				writes.put(route.getKey(), route.getValue().asLong());
			}
		}
		return writes;
	}

}
