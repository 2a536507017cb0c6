package closebatch.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryTextTest {

	@Test
	void showsTheHeadlineTheCountsTheFilesAndTheExitCode() {
		RunSummary summary = new RunSummary("import-leads", "7", RunStatus.COMPLETED, 10,
				new RunSummary.RowCounts(6, 2, 0, 1, 1), 3, 1, 0, 5, 0, new ApiUsage(42, 2, 1), 1500,
				"out/import-leads/7/rejects.csv", "out/import-leads/7/results.csv");

		String text = SummaryText.render(summary, ExitDecision.of(summary, RejectThreshold.NONE));

		assertThat(text).isEqualTo("""
				import-leads (run 7): completed with 1 rejected row: see the rejects file
				  rows     10 read: 6 created, 2 updated, 0 unchanged, 1 rejected, 1 skipped
				  leads    3 created, 1 updated, 0 unchanged; contacts 5 created, 0 updated
				  api      42 requests, 2 retries, 1 throttled; 1.5 s
				  rejects  out/import-leads/7/rejects.csv
				  results  out/import-leads/7/results.csv
				  exit     3
				""");
	}

	@Test
	void leavesOutAnEmptyRejectsFileAndShowsLongRunsInMinutes() {
		RunSummary summary = new RunSummary("import-leads", "9", RunStatus.COMPLETED, 2,
				new RunSummary.RowCounts(2, 0, 0, 0, 0), 1, 0, 0, 0, 0, ApiUsage.NONE, 125_000,
				"out/import-leads/9/rejects.csv", null);

		String text = SummaryText.render(summary, ExitDecision.of(summary, RejectThreshold.NONE));

		assertThat(text).doesNotContain("rejects ").doesNotContain("results ").contains("; 2 min 5 s\n");
		assertThat(text.lines().findFirst())
			.hasValue("import-leads (run 9): completed: every row accounted for, none rejected");
	}

}
