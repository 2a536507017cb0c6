package closebatch.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import closebatch.sandbox.Sandbox;
import closebatch.sandbox.SandboxSettings;
import closebatch.sandbox.http.FaultSettings;
import closebatch.sandbox.search.SearchLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code closebatch sandbox}: serves the Close-compatible API on 127.0.0.1 until stopped.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
		description = { "Serves a local Close-compatible API on 127.0.0.1 until stopped (Ctrl+C).",
				"The first line printed is 'Close sandbox listening on <base URL>'." })
final class SandboxCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--port", defaultValue = "0", description = "Port on 127.0.0.1; 0 picks a free one.")
	private int port;

	@Option(names = "--api-key", paramLabel = "KEY",
			description = "A key that authenticates as the organization's admin; repeatable. "
					+ "Without one (and none stored in --db), a key is generated and printed.")
	private List<String> apiKeys = new ArrayList<>();

	@Option(names = "--db", paramLabel = "FILE",
			description = "SQLite file that keeps the data across restarts; default: a temporary one.")
	private Path database;

	@Option(names = "--latency-ms", defaultValue = "0", description = "Added to every API response.")
	private long latencyMs;

	@Option(names = "--rate-limit", defaultValue = "" + SandboxSettings.DEFAULT_RATE_LIMIT,
			description = "Requests per second per key and endpoint group (the organization gets 3x); "
					+ "0 turns limiting off. Default: ${DEFAULT-VALUE}.")
	private int rateLimit;

	@Option(names = "--fault-rate", defaultValue = "0",
			description = "Fraction of API requests answered with 429, 500, 502 or 503 (in equal shares).")
	private double faultRate;

	@Option(names = "--drop-rate", defaultValue = "0",
			description = "Fraction of API requests carried out, then answered by closing the connection.")
	private double dropRate;

	@Option(names = "--slow-rate", defaultValue = "0",
			description = "Fraction of API requests carried out, then answered only after --slow-ms.")
	private double slowRate;

	@Option(names = "--slow-ms", defaultValue = "30000", description = "How long a slow response is held back.")
	private long slowMs;

	@Option(names = "--cursor-ttl-seconds", defaultValue = "30", description = "Lifetime of a search cursor.")
	private double cursorTtlSeconds;

	@Option(names = "--search-cap", defaultValue = "" + SearchLimits.CLOSE_RESULT_CAP,
			description = "Most results one search can page through. Default: ${DEFAULT-VALUE}.")
	private int searchCap;

	@Override
	public Integer call() throws InterruptedException {
		PrintWriter out = this.spec.commandLine().getOut();
		Sandbox sandbox = start(settings());
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			sandbox.close();
			stopped.countDown();
		}, "sandbox-shutdown"));
		out.println("Close sandbox listening on " + sandbox.baseUrl());
		if (sandbox.generatedKey()) {
			out.println("API key: " + sandbox.apiKey() + "  (generated; pass --api-key to choose one)");
		}
		else if (this.apiKeys.isEmpty()) {
			out.println("API keys: the ones stored in " + this.database);
		}
		out.println(
				"Data: " + ((this.database == null) ? "temporary, deleted on exit" : this.database.toAbsolutePath()));
		out.println("Controls: " + sandbox.controlUrl() + " (settings, reset, requests)");
		out.flush();
		stopped.await();
		return 0;
	}

	/** The settings the options give, or a usage problem naming the option at fault. */
	private SandboxSettings settings() {
		if (this.port < 0 || this.port > 65535) {
			throw CommandError.usage("--port " + this.port + " is not a port: ports go from 1 to 65535",
					"Give a port between 1024 and 65535, or --port 0 for a free one.");
		}
		if (!(this.cursorTtlSeconds > 0) || this.searchCap < 1) {
			throw CommandError.usage("--cursor-ttl-seconds and --search-cap must be positive",
					"Close's own values are --cursor-ttl-seconds 30 and --search-cap 10000.");
		}
		try {
			return new SandboxSettings(this.port, this.apiKeys, this.database, faults(), this.rateLimit,
					Duration.ofMillis(Math.round(this.cursorTtlSeconds * 1000)), this.searchCap);
		}
		catch (IllegalArgumentException ex) {
			throw CommandError.usage(ex.getMessage(),
					"Run 'closebatch sandbox --help' for the options and their ranges.");
		}
	}

	private Sandbox start(SandboxSettings settings) {
		try {
			return Sandbox.start(settings);
		}
		catch (UncheckedIOException ex) {
			String reason = (ex.getCause() != null) ? ex.getCause().getMessage() : ex.getMessage();
			throw CommandError.usage("cannot serve on 127.0.0.1:" + this.port + ": " + reason,
					"Choose another --port (or 0 for a free one), or stop what uses this one"
							+ ((this.database != null) ? "; check that " + this.database + " can be written" : "")
							+ ".");
		}
	}

	private FaultSettings faults() {
		return new FaultSettings(this.latencyMs, FaultSettings.spreadOverStatuses(this.faultRate), this.dropRate,
				this.slowRate, this.slowMs, null);
	}

}
