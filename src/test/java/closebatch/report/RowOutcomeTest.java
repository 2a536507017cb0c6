package closebatch.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowOutcomeTest {

	@Test
	void aRejectedRowAlwaysCarriesItsError() {
		assertThatThrownBy(() -> new RowOutcome(4, RowAction.REJECTED, null, List.of(), null, null))
			.hasMessageContaining("rejected row needs its error (row 4)");
	}

	@Test
	void aLoadedRowCarriesNoError() {
		RowError error = new RowError("MAP-301", "Email", "bad");

		assertThatThrownBy(() -> new RowOutcome(4, RowAction.CREATED, "lead_1", List.of(), null, error))
			.hasMessageContaining("created row has no error");
	}

	@Test
	void aSkippedRowMayCarryTheReasonItWasSkipped() {
		RowError reason = new RowError("LOAD-001", null, "outside the job's filter");

		assertThat(RowOutcome.skipped(4, reason).error().field()).isEmpty();
	}

	@Test
	void refusesARowNumberBeforeTheFirstRow() {
		assertThatThrownBy(() -> RowOutcome.created(0, "lead_1", List.of())).hasMessageContaining("positive");
	}

	@Test
	void labelsActionsAsTheResultsFileWritesThem() {
		assertThat(List.of(RowAction.values())).extracting(RowAction::label)
			.containsExactly("created", "updated", "unchanged", "skipped", "rejected");
	}

}
