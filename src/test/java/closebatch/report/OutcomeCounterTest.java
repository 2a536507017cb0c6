package closebatch.report;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeCounterTest {

	private static final RowError BAD = new RowError("MAP-301", "Email", "bad");

	@Test
	void countsRowsByOutcomeAndLeadsByObjectIntoTheSummary() {
		OutcomeCounter counter = new OutcomeCounter();
		for (int i = 0; i < 5; i++) {
			counter.rowRead();
		}
		// one lead made from rows 2 and 3: two rows created, one lead created
		counter.count(RowOutcome.created(2, "lead_1", List.of("cont_1")));
		counter.count(RowOutcome.created(3, "lead_1", List.of("cont_2")));
		counter.leadCreated();
		counter.contacts(2, 0);
		counter.count(RowOutcome.updated(4, "lead_2", List.of()));
		counter.leadUpdated();
		counter.contacts(0, 1);
		counter.count(RowOutcome.rejected(5, null, BAD));
		counter.count(RowOutcome.skipped(6, null));

		RunSummary summary = counter.summary("import-leads", "7", RunStatus.COMPLETED, new ApiUsage(9, 2, 1),
				Duration.ofMillis(1500), Path.of("out/import-leads/7/rejects.csv"),
				Path.of("out/import-leads/7/results.csv"));

		assertThat(summary.rowsRead()).isEqualTo(5);
		assertThat(summary.rows()).isEqualTo(new RunSummary.RowCounts(2, 1, 0, 1, 1));
		assertThat(summary.leadsCreated()).isEqualTo(1);
		assertThat(summary.leadsUpdated()).isEqualTo(1);
		assertThat(summary.contactsCreated()).isEqualTo(2);
		assertThat(summary.contactsUpdated()).isEqualTo(1);
		assertThat(summary.elapsedMs()).isEqualTo(1500);
		assertThat(summary.rejectsFile()).isEqualTo(Path.of("out/import-leads/7/rejects.csv").toString());
		assertThat(summary.accountingGap()).isEmpty();
	}

	@Test
	void losesNoCountWhenManyThreadsCountAtOnce() throws Exception {
		OutcomeCounter counter = new OutcomeCounter();
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> work = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				int offset = t * 10_000;
				work.add(threads.submit(() -> {
					for (int row = 2; row < 10_002; row++) {
						counter.rowRead();
						counter.count((row % 2 == 0) ? RowOutcome.created(offset + row, "lead", List.of())
								: RowOutcome.rejected(offset + row, null, BAD));
					}
				}));
			}
			for (Future<?> done : work) {
				done.get();
			}
		}
		finally {
			threads.shutdown();
		}

		RunSummary summary = counter.summary("j", "1", RunStatus.COMPLETED, ApiUsage.NONE, Duration.ZERO, null, null);
		assertThat(summary.rowsRead()).isEqualTo(40_000);
		assertThat(summary.rows().created()).isEqualTo(20_000);
		assertThat(summary.rows().rejected()).isEqualTo(20_000);
		assertThat(summary.accountingGap()).isEmpty();
	}

	@Test
	void namesTheGapWhenARowReadGotNoOutcome() {
		OutcomeCounter counter = new OutcomeCounter();
		for (int i = 0; i < 4; i++) {
			counter.rowRead();
		}
		counter.count(RowOutcome.created(2, "lead_1", List.of()));
		counter.count(RowOutcome.rejected(3, null, BAD));

		RunSummary summary = counter.summary("j", "1", RunStatus.COMPLETED, ApiUsage.NONE, Duration.ZERO, null, null);

		assertThat(summary.accountingGap()).get().satisfies((gap) -> {
			assertThat(gap.difference()).isEqualTo(2);
			assertThat(gap.describe()).isEqualTo("rows do not add up: 4 read, but 2 accounted for "
					+ "(1 created + 0 updated + 0 unchanged + 1 rejected + 0 skipped): 2 rows without an outcome");
		});
	}

	@Test
	void namesTheGapWhenARowWasCountedTwice() {
		OutcomeCounter counter = new OutcomeCounter();
		counter.rowRead();
		counter.count(RowOutcome.created(2, "lead_1", List.of()));
		counter.count(RowOutcome.unchanged(2, "lead_1", List.of()));

		RunSummary summary = counter.summary("j", "1", RunStatus.COMPLETED, ApiUsage.NONE, Duration.ZERO, null, null);

		assertThat(summary.accountingGap()).get()
			.extracting(RunSummary.AccountingGap::describe)
			.asString()
			.endsWith(": 1 outcome more than rows read");
	}

}
