package closebatch.report;

import java.time.Duration;
import java.util.Locale;

/**
 * The run summary as a few lines for the console; {@code cli} prints them.
 */
public final class SummaryText {

	private SummaryText() {
	}

	/**
	 * Renders a summary.
	 * @param summary the run's summary
	 * @param decision the exit decision made from it
	 * @return lines ending with a line break, such as <pre>
	 * import-leads (run 7): completed with 1 rejected row: see the rejects file
	 *   rows     10 read: 6 created, 2 updated, 0 unchanged, 1 rejected, 1 skipped
	 *   leads    3 created, 1 updated, 0 unchanged; contacts 5 created, 0 updated
	 *   api      42 requests, 2 retries, 1 throttled; 1.5 s
	 *   rejects  out/import-leads/7/rejects.csv
	 *   results  out/import-leads/7/results.csv
	 *   exit     3
	 * </pre>
	 */
	public static String render(RunSummary summary, ExitDecision decision) {
		RunSummary.RowCounts rows = summary.rows();
		StringBuilder text = new StringBuilder();
		line(text, summary.job() + " (run " + summary.run() + "): " + decision.headline());
		line(text,
				"  rows     " + summary.rowsRead() + " read: " + rows.created() + " created, " + rows.updated()
						+ " updated, " + rows.unchanged() + " unchanged, " + rows.rejected() + " rejected, "
						+ rows.skipped() + " skipped");
		line(text,
				"  leads    " + summary.leadsCreated() + " created, " + summary.leadsUpdated() + " updated, "
						+ summary.leadsUnchanged() + " unchanged; contacts " + summary.contactsCreated() + " created, "
						+ summary.contactsUpdated() + " updated");
		summary.objects()
			.forEach((type, counts) -> line(text, "  " + String.format("%-8s", plural(type)) + " " + counts.created()
					+ " created, " + counts.updated() + " updated, " + counts.unchanged() + " unchanged"));
		line(text, "  api      " + summary.usage().requests() + " requests, " + summary.usage().retries() + " retries, "
				+ summary.usage().throttled() + " throttled; " + seconds(summary.elapsedMs()));
		if (summary.rejectsFile() != null && rows.rejected() > 0) {
			line(text, "  rejects  " + summary.rejectsFile());
		}
		if (summary.resultsFile() != null) {
			line(text, "  results  " + summary.resultsFile());
		}
		line(text, "  exit     " + decision.code());
		return text.toString();
	}

	/** The plural of an object type's name: notes, opportunities. */
	private static String plural(String type) {
		return type.endsWith("y") ? type.substring(0, type.length() - 1) + "ies" : type + "s";
	}

	private static String seconds(long millis) {
		Duration duration = Duration.ofMillis(millis);
		if (duration.toMinutes() > 0) {
			return duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
		}
		return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
	}

	private static void line(StringBuilder text, String line) {
		text.append(line).append('\n');
	}

}
