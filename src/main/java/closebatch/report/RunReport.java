package closebatch.report;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

import closebatch.error.Secrets;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a run ended, for every kind of run (import, plan, validation, export), in each form
 * closebatch gives it: {@code summary.json} in the run's folder, written once by
 * {@link #write()}; the summary for people; one line for {@code --quiet}; and the JSON
 * document for {@code --json} (the summary's fields with the output folder, the failure
 * and, for a plan, the counts per action and the plan file).
 */
public final class RunReport {

	private final ObjectNode summary;

	private final ObjectNode json;

	private final String text;

	private final String line;

	private final ExitDecision decision;

	private final String failure;

	private final Path outputDir;

	private RunReport(ObjectNode summary, ObjectNode json, String text, String line, ExitDecision decision,
			String failure, Path outputDir) {
		this.summary = summary;
		this.json = json;
		this.text = text + "Output: " + outputDir + "\n";
		this.line = line;
		this.decision = Objects.requireNonNull(decision, "decision");
		this.failure = failure;
		this.outputDir = Objects.requireNonNull(outputDir, "outputDir");
	}

	/** The summary with the output folder and the failure, as {@code --json} starts. */
	private static ObjectNode forScripts(ObjectNode summary, Path outputDir, String failure) {
		ObjectNode json = summary.deepCopy();
		json.put("output", outputDir.toString());
		json.put("failure", failure);
		return json;
	}

	/**
	 * The report of an import or a validation.
	 * @param summary its counts
	 * @param decision its exit code and headline
	 * @param outputDir its folder
	 * @param failure what stopped it, or null
	 * @return the report
	 */
	public static RunReport of(RunSummary summary, ExitDecision decision, Path outputDir, String failure) {
		RunSummary.RowCounts rows = summary.rows();
		String line = summary.job() + " (run " + summary.run() + "): " + decision.headline() + "; " + summary.rowsRead()
				+ " read: " + rows.created() + " created, " + rows.updated() + " updated, " + rows.unchanged()
				+ " unchanged, " + rows.rejected() + " rejected, " + rows.skipped() + " skipped; " + outputDir;
		ObjectNode json = SummaryJson.toJson(summary, decision);
		return new RunReport(json, forScripts(json, outputDir, failure), SummaryText.render(summary, decision), line,
				decision, failure, outputDir);
	}

	/**
	 * The report of an export.
	 * @param summary what it wrote
	 * @param outputDir its folder
	 * @param failure what stopped it, or null
	 * @return the report
	 */
	public static RunReport of(ExportSummary summary, Path outputDir, String failure) {
		ExitDecision decision = ExitDecision.of(summary.status());
		ObjectNode json = summary.toJson(decision);
		return new RunReport(json, forScripts(json, outputDir, failure), summary.text(decision),
				summary.line() + "; " + outputDir, decision, failure, outputDir);
	}

	/**
	 * The report of a plan: what a run would do to each record, and what the numbers it
	 * would rent cost. Its {@code summary.json} is the run's.
	 * @param summary the counts of the run the plan went through
	 * @param decision how such a run would end
	 * @param outputDir the plan's folder
	 * @param failure what stopped it, or null
	 * @param planned the records by action
	 * @param cost what the numbers to rent cost a month, or null
	 * @return the report
	 */
	public static RunReport ofPlan(RunSummary summary, ExitDecision decision, Path outputDir, String failure,
			Map<PlanWriter.Action, Long> planned, RentCost cost) {
		String planFile = outputDir.resolve(PlanWriter.FILE_NAME).toString();
		ObjectNode file = SummaryJson.toJson(summary, decision);
		ObjectNode json = forScripts(file, outputDir, failure);
		ObjectNode actions = json.putObject("planned");
		StringJoiner counts = new StringJoiner(", ");
		for (PlanWriter.Action action : PlanWriter.Action.values()) {
			long count = planned.getOrDefault(action, 0L);
			actions.put(action.label(), count);
			counts.add(count + " " + action.label());
		}
		json.put("plan_file", planFile);
		if (cost != null) {
			json.putObject("monthly_cost")
				.put("numbers", cost.numbers())
				.put("amount", cost.monthly())
				.put("currency", cost.currency());
		}
		String text = "Plan for " + summary.job() + " (nothing was written): " + counts + " (records)\n"
				+ ((cost != null) ? "Cost: " + cost.describe() + "\n" : "") + "A run would end: " + decision.headline()
				+ "\n" + "Plan: " + planFile + "\n";
		String line = "Plan for " + summary.job() + ": " + counts + ((cost != null) ? "; " + cost.describe() : "")
				+ "; a run would end: " + decision.headline() + "; " + planFile;
		return new RunReport(file, json, text, line, decision, failure, outputDir);
	}

	/**
	 * Writes {@code summary.json} into the run's folder, replacing it atomically.
	 * @return this report
	 */
	public RunReport write() {
		TextFiles.replace(this.outputDir.resolve(SummaryJson.FILE_NAME),
				Secrets.redact(SummaryJson.render(this.summary)) + System.lineSeparator());
		return this;
	}

	/** The summary for people, ending with the output folder and a line break. */
	public String text() {
		return this.text;
	}

	/** The one-line result. */
	public String line() {
		return this.line;
	}

	/** The summary for scripts; a new copy each time. */
	public ObjectNode json() {
		return this.json.deepCopy();
	}

	public ExitDecision decision() {
		return this.decision;
	}

	public int exitCode() {
		return this.decision.code();
	}

	/** What stopped the run, in words, or null. */
	public String failure() {
		return this.failure;
	}

	public Path outputDir() {
		return this.outputDir;
	}

}
