package closebatch.source;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading 200,000 rows holds none of them: rows already returned can be collected, and
 * the heap in use after a collection does not grow with the rows read.
 *
 * <p>
 * 200,000 such rows held would take about 100 MB; the bound below is a fraction of that,
 * and collected rows are checked through weak references, which no collector keeps alive
 * once a full collection ran.
 */
class SourceMemoryTest {

	private static final int ROWS = 200_000;

	private static final long MAX_GROWTH_BYTES = 24L << 20;

	@TempDir
	Path dir;

	@Test
	void streamsA200000RowCsvFileWithoutHoldingRows() {
		assertStreams(CsvFile.of(LargeInputs.csv(this.dir.resolve("large.csv"), ROWS)));
	}

	@Test
	void streamsA200000RowXlsxSheetWithoutHoldingRows() {
		assertStreams(XlsxFile.of(LargeInputs.xlsx(this.dir.resolve("large.xlsx"), ROWS)));
	}

	private static void assertStreams(SourceFile file) {
		List<WeakReference<SourceRow>> sampled = new ArrayList<>();
		long usedEarly = 0;
		long usedLate = 0;
		long count = 0;
		try (SourceRows rows = file.open()) {
			while (rows.hasNext()) {
				SourceRow row = rows.next();
				count++;
				assertThat(row.isRejected()).isFalse();
				if (count % 1000 == 0) {
					sampled.add(new WeakReference<>(row));
				}
				if (count == ROWS / 10) {
					usedEarly = usedHeapAfterCollection();
				}
			}
			usedLate = usedHeapAfterCollection();
		}

		assertThat(count).isEqualTo(ROWS);
		assertThat(sampled).allMatch((reference) -> reference.get() == null);
		assertThat(usedLate - usedEarly).as("heap growth from row %d to row %d", ROWS / 10, ROWS)
			.isLessThan(MAX_GROWTH_BYTES);
	}

	static long usedHeapAfterCollection() {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

}
