package closebatch.cli;

import java.util.StringJoiner;

import closebatch.job.ExportResult;
import closebatch.job.RunResult;
import closebatch.report.PlanWriter;
import closebatch.report.RunSummary;
import closebatch.report.SummaryJson;
import closebatch.report.SummaryText;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a run ended, in each form a command prints it: the summary for people, one line for
 * {@code --quiet}, and the JSON document for {@code --json} (the run's
 * {@code summary.json}, with its output folder, its failure and, for a plan, the counts
 * per action and the plan file).
 *
 * @param text the summary for people, ending with the output folder and a line break
 * @param line the one-line result
 * @param json the summary for scripts
 * @param failure what stopped the run, or null
 * @param exitCode the exit code
 */
record RunReport(String text, String line, ObjectNode json, String failure, int exitCode) {

	static RunReport of(RunResult result) {
		String output = result.outputDir().toString();
		ObjectNode json = SummaryJson.toJson(result.summary(), result.decision());
		json.put("output", output);
		json.put("failure", result.failure());
		if (result.planned() == null) {
			RunSummary summary = result.summary();
			RunSummary.RowCounts rows = summary.rows();
			String line = summary.job() + " (run " + summary.run() + "): " + result.decision().headline() + "; "
					+ summary.rowsRead() + " read: " + rows.created() + " created, " + rows.updated() + " updated, "
					+ rows.unchanged() + " unchanged, " + rows.rejected() + " rejected, " + rows.skipped()
					+ " skipped; " + output;
			return new RunReport(SummaryText.render(result.summary(), result.decision()) + "Output: " + output + "\n",
					line, json, result.failure(), result.decision().code());
		}
		String planFile = result.outputDir().resolve(PlanWriter.FILE_NAME).toString();
		ObjectNode planned = json.putObject("planned");
		StringJoiner counts = new StringJoiner(", ");
		for (PlanWriter.Action action : PlanWriter.Action.values()) {
			long count = result.planned().getOrDefault(action, 0L);
			planned.put(action.label(), count);
			counts.add(count + " " + action.label());
		}
		json.put("plan_file", planFile);
		String cost = "";
		if (result.rentCost() != null) {
			json.putObject("monthly_cost")
				.put("numbers", result.rentCost().numbers())
				.put("amount", result.rentCost().monthly())
				.put("currency", result.rentCost().currency());
			cost = "Cost: " + result.rentCost().describe() + "\n";
		}
		String text = "Plan for " + result.summary().job() + " (nothing was written): " + counts + " (records)\n" + cost
				+ "A run would end: " + result.decision().headline() + "\n" + "Plan: " + planFile + "\n" + "Output: "
				+ output + "\n";
		String line = "Plan for " + result.summary().job() + ": " + counts
				+ ((result.rentCost() != null) ? "; " + result.rentCost().describe() : "") + "; a run would end: "
				+ result.decision().headline() + "; " + planFile;
		return new RunReport(text, line, json, result.failure(), result.decision().code());
	}

	static RunReport of(ExportResult result) {
		String output = result.outputDir().toString();
		ObjectNode json = result.toJson();
		json.put("output", output);
		json.put("failure", result.failure());
		String line = result.job() + " (run " + result.run() + "): "
				+ result.status().name().toLowerCase(java.util.Locale.ROOT) + "; " + result.rowsWritten() + " rows in "
				+ result.outputFile() + "; " + output;
		return new RunReport(result.text() + "Output: " + output + "\n", line, json, result.failure(),
				result.exitCode());
	}

}
