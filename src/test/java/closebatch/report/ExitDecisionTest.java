package closebatch.report;

import closebatch.error.ErrorCode;
import closebatch.error.UserInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExitDecisionTest {

	@Test
	void exitsZeroWhenCompletedWithEveryRowAccountedForAndNoneRejected() {
		ExitDecision decision = ExitDecision.of(summary(RunStatus.COMPLETED, 10, 0), RejectThreshold.NONE);

		assertThat(decision.code()).isEqualTo(0);
		assertThat(decision.headline()).startsWith("completed");
	}

	@Test
	void exitsThreeWhenCompletedWithRejectedRows() {
		ExitDecision decision = ExitDecision.of(summary(RunStatus.COMPLETED, 10, 2), RejectThreshold.NONE);

		assertThat(decision).isEqualTo(new ExitDecision(3, "completed with 2 rejected rows: see the rejects file"));
	}

	@Test
	void exitsThreeAndSaysFailedByThresholdWhenRejectsExceedMaxRejects() {
		ExitDecision decision = ExitDecision.of(summary(RunStatus.COMPLETED, 100, 11), new RejectThreshold(10L, null));

		assertThat(decision)
			.isEqualTo(new ExitDecision(3, "failed by threshold: 11 rejected rows exceed --max-rejects 10"));
	}

	@Test
	void allowsExactlyMaxRejects() {
		ExitDecision decision = ExitDecision.of(summary(RunStatus.COMPLETED, 100, 10), new RejectThreshold(10L, null));

		assertThat(decision.headline()).startsWith("completed with 10 rejected rows");
	}

	@Test
	void failsAtTheFirstRejectWithMaxRejectsZero() {
		ExitDecision decision = ExitDecision.of(summary(RunStatus.COMPLETED, 100, 1), new RejectThreshold(0L, null));

		assertThat(decision.code()).isEqualTo(3);
		assertThat(decision.headline()).startsWith("failed by threshold");
	}

	@Test
	void exitsThreeAndSaysFailedByThresholdWhenTheRejectRateIsExceeded() {
		RejectThreshold fivePercent = new RejectThreshold(null, 0.05);

		ExitDecision within = ExitDecision.of(summary(RunStatus.COMPLETED, 100, 5), fivePercent);
		ExitDecision beyond = ExitDecision.of(summary(RunStatus.COMPLETED, 100, 6), fivePercent);

		assertThat(within.headline()).startsWith("completed with 5 rejected rows");
		assertThat(beyond).isEqualTo(new ExitDecision(3,
				"failed by threshold: 6 of 100 rows rejected (6.00%) exceed --max-reject-rate 0.05"));
	}

	@Test
	void exitsOneWhenTheRunFailed() {
		ExitDecision decision = ExitDecision.of(summary(RunStatus.FAILED, 10, 0), RejectThreshold.NONE);

		assertThat(decision.code()).isEqualTo(1);
		assertThat(decision.headline()).contains("run the same command again");
	}

	@Test
	void exitsOneAndNamesTheGapWhenACompletedRunsRowsDoNotAddUp() {
		RunSummary.RowCounts counts = new RunSummary.RowCounts(7, 0, 0, 0, 0);
		RunSummary summary = new RunSummary("import-leads", "7", RunStatus.COMPLETED, 10, counts, 0, 0, 0, 0, 0,
				ApiUsage.NONE, 0, null, null);

		ExitDecision decision = ExitDecision.of(summary, RejectThreshold.NONE);

		assertThat(decision.code()).isEqualTo(1);
		assertThat(decision.headline()).startsWith("failed: rows do not add up: 10 read, but 7 accounted for")
			.endsWith("3 rows without an outcome");
	}

	@Test
	void exitsTwoForInvalidInputOrConfiguration() {
		assertThat(ExitDecision.of(summary(RunStatus.INVALID, 0, 0), RejectThreshold.NONE).code()).isEqualTo(2);
	}

	@Test
	void exitsFourWhenTheApiRefusedTheKey() {
		assertThat(ExitDecision.of(summary(RunStatus.AUTH_REFUSED, 0, 0), RejectThreshold.NONE).code()).isEqualTo(4);
	}

	@Test
	void decidesARunWithoutRowsToWeighByHowItEndedAlone() {
		assertThat(ExitDecision.of(RunStatus.COMPLETED).code()).isZero();
		assertThat(ExitDecision.of(RunStatus.FAILED).code()).isEqualTo(1);
		assertThat(ExitDecision.of(RunStatus.INVALID).code()).isEqualTo(2);
		assertThat(ExitDecision.of(RunStatus.AUTH_REFUSED).code()).isEqualTo(4);
	}

	@Test
	void exitsTwoForAUsersMistakeUnlessRunningAgainCanGetPastIt() {
		assertThat(ExitDecision.codeOf(mistake(false))).isEqualTo(2);
		assertThat(ExitDecision.codeOf(mistake(true))).isEqualTo(1);
	}

	@Test
	void refusesThresholdsOutsideTheirRange() {
		assertThatThrownBy(() -> new RejectThreshold(-1L, null)).hasMessageContaining("--max-rejects");
		assertThatThrownBy(() -> new RejectThreshold(null, 1.5)).hasMessageContaining("--max-reject-rate");
		assertThatThrownBy(() -> new RejectThreshold(null, Double.NaN)).hasMessageContaining("--max-reject-rate");
	}

	private static UserInputException mistake(boolean passesOnRetry) {
		ErrorCode code = new ErrorCode() {

			@Override
			public String code() {
				return "CB-TEST";
			}

			@Override
			public String hint() {
				return "";
			}

			@Override
			public boolean passesOnRetry() {
				return passesOnRetry;
			}

		};
		return new UserInputException(code, null, "the state is busy");
	}

	private static RunSummary summary(RunStatus status, long read, long rejected) {
		RunSummary.RowCounts counts = new RunSummary.RowCounts(read - rejected, 0, 0, rejected, 0);
		return new RunSummary("import-leads", "7", status, read, counts, read - rejected, 0, 0, 0, 0, ApiUsage.NONE, 0,
				null, null);
	}

}
