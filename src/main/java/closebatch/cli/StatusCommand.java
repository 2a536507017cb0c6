package closebatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import closebatch.checkpoint.CheckpointBatch;
import closebatch.checkpoint.CheckpointDatabase;
import closebatch.checkpoint.RunHistory;
import closebatch.checkpoint.RunHistory.PastRun;
import closebatch.checkpoint.StateLocation;
import closebatch.report.SummaryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code closebatch status [job]}: the runs the state file knows, newest first per job,
 * with how each ended, its row counts (from its {@code summary.json}), where a stopped
 * one will resume, and its folder.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
		description = { "Lists the runs the state database knows, per job and newest first.",
				"Each with its number, status, start, end, rows, where a stopped run resumes, and its output",
				"folder; only JOB's runs when given. --json prints them as a JSON array." })
final class StatusCommand implements Callable<Integer> {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.systemDefault());

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", arity = "0..1", paramLabel = "JOB", description = "Only this job's runs.")
	private String job;

	@ParentCommand
	private ClosebatchCommand root;

	@Option(names = "--state", paramLabel = "FILE|URL", description = JobOptions.STATE_DESCRIPTION)
	private String state;

	@Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
			description = "Where run folders are (<DIR>/<job>/<run>/). Default: ${DEFAULT-VALUE}.")
	private Path outputRoot;

	@Option(names = "--json", description = "Print the runs as a JSON array on stdout.")
	private boolean json;

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		try {
			StateLocation location = JobOptions.stateLocation(this.state, this.root.environment());
			List<PastRun> runs = List.of();
			if (location.exists()) {
				try (CheckpointDatabase database = CheckpointDatabase.open(location)) {
					runs = RunHistory.of(CheckpointBatch.on(database).jobRepository(), this.job);
				}
			}
			if (this.json) {
				ArrayNode array = JsonNodeFactory.instance.arrayNode();
				runs.forEach((run) -> array.add(json(run)));
				Console.printJson(out, array);
			}
			else if (runs.isEmpty()) {
				out.println("No runs" + ((this.job != null) ? " of " + this.job : "") + " in " + location.describe());
			}
			else {
				out.println(String.format("%-24s %5s  %-9s  %-19s  %-19s  %s", "JOB", "RUN", "STATUS", "STARTED",
						"ENDED", "ROWS"));
				runs.forEach((run) -> out.println(line(run)));
			}
			out.flush();
			return 0;
		}
		catch (RuntimeException ex) {
			return ProblemReport.report(ex, err);
		}
	}

	private String line(PastRun run) {
		StringBuilder line = new StringBuilder(String.format("%-24s %5d  %-9s  %-19s  %-19s  %s", run.job(),
				run.number(), run.status(), time(run.started()), time(run.ended()), rows(run)));
		if (run.resumable()) {
			line.append(String.format("%n%31s resumes after row %d of the input with: closebatch run %s", "",
					Math.max(0, run.rowsRead()), run.job()));
		}
		line.append(String.format("%n%31s %s", "", folder(run)));
		return line.toString();
	}

	/** The counts of the run's summary, such as "304 read: 292 created, 12 rejected". */
	private String rows(PastRun run) {
		JsonNode summary = summary(run);
		if (summary == null) {
			return (run.rowsRead() >= 0) ? run.rowsRead() + " read" : "";
		}
		StringBuilder rows = new StringBuilder(summary.path("rows_read").asLong() + " read:");
		for (String action : List.of("created", "updated", "unchanged", "skipped", "rejected")) {
			long count = summary.path("rows_" + action).asLong();
			if (count > 0) {
				rows.append(' ').append(count).append(' ').append(action).append(',');
			}
		}
		return rows.substring(0, rows.length() - 1);
	}

	private ObjectNode json(PastRun run) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		node.put("job", run.job());
		node.put("run", run.number());
		node.put("status", run.status().name().toLowerCase(java.util.Locale.ROOT));
		node.put("started", (run.started() != null) ? run.started().toString() : null);
		node.put("ended", (run.ended() != null) ? run.ended().toString() : null);
		node.put("attempts", run.attempts());
		node.put("rows_read", run.rowsRead());
		node.put("resumable", run.resumable());
		node.put("output", folder(run).toString());
		node.set("summary", summary(run));
		return node;
	}

	private Path folder(PastRun run) {
		return this.outputRoot.resolve(run.job()).resolve(Long.toString(run.number()));
	}

	private JsonNode summary(PastRun run) {
		Path file = folder(run).resolve(SummaryJson.FILE_NAME);
		return Files.exists(file) ? SummaryJson.read(file) : null;
	}

	private static String time(Instant instant) {
		return (instant != null) ? TIME.format(instant) : "-";
	}

}
