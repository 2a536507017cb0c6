package closebatch.source;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reader throughput, as rows per second and as a ratio to the bare library underneath
 * (Commons CSV parsing the whole file; excel-streaming-reader iterating cells), the time
 * a CSV restart takes to reach the middle of the file by seeking versus by skipping, and
 * the heap a workbook's shared-strings table takes on the heap and in a temporary file.
 *
 * <p>
 * Run with {@code mvn -B -Pbenchmark test -Dtest=SourceBenchmark}; sizes with
 * {@code -Dbenchmark.csvRows=N -Dbenchmark.xlsxRows=N}.
 */
@Tag("benchmark")
class SourceBenchmark {

	private static final int CSV_ROWS = Integer.getInteger("benchmark.csvRows", 1_000_000);

	private static final int XLSX_ROWS = Integer.getInteger("benchmark.xlsxRows", 200_000);

	@TempDir
	Path dir;

	@Test
	void measuresCsvRowsPerSecondAgainstCommonsCsvAlone() throws Exception {
		Path csv = LargeInputs.csv(this.dir.resolve("large.csv"), CSV_ROWS);
		for (int warmUp = 0; warmUp < 2; warmUp++) {
			readAll(CsvFile.of(csv));
			commonsCsv(csv);
		}
		long ours = best(() -> readAll(CsvFile.of(csv)));
		long bare = best(() -> commonsCsv(csv));
		report("CSV", CSV_ROWS, Files.size(csv), ours, bare, "Commons CSV alone");

		SourcePosition middle;
		try (SourceRows rows = CsvFile.of(csv).open()) {
			for (int i = 0; i < CSV_ROWS / 2; i++) {
				rows.next();
			}
			middle = rows.position();
		}
		SourcePosition countOnly = new SourcePosition(middle.rowsRead(), middle.nextRow(), -1);
		long seek = best(() -> firstRowAt(CsvFile.of(csv), middle));
		long skip = best(() -> firstRowAt(CsvFile.of(csv), countOnly));
		System.out.printf("CSV restart at row %,d: seek %.1f ms, skip %.1f ms (seek is %.0fx faster)%n",
				middle.rowsRead(), seek / 1e6, skip / 1e6, (double) skip / seek);
	}

	@Test
	void measuresXlsxRowsPerSecondAgainstTheStreamingReaderAlone() throws Exception {
		Path xlsx = LargeInputs.xlsx(this.dir.resolve("large.xlsx"), XLSX_ROWS);
		readAll(XlsxFile.of(xlsx));
		streamingReader(xlsx);
		long ours = best(() -> readAll(XlsxFile.of(xlsx)));
		long bare = best(() -> streamingReader(xlsx));
		report("XLSX", XLSX_ROWS, Files.size(xlsx), ours, bare, "excel-streaming-reader alone");
	}

	@Test
	void measuresTheHeapASharedStringsTableTakesInMemoryAndInATemporaryFile() {
		Path xlsx = LargeInputs.xlsxWithSharedStrings(this.dir.resolve("shared.xlsx"), XLSX_ROWS);
		long inMemory = heapTakenByOpening(xlsx, Long.MAX_VALUE);
		long onDisk = heapTakenByOpening(xlsx, 0);
		System.out.printf("XLSX shared strings of %,d rows: %.0f MB of heap in memory, %.0f MB in a temporary file "
				+ "(ratio %.2f)%n", XLSX_ROWS, inMemory / 1e6, onDisk / 1e6, (double) onDisk / inMemory);
	}

	private static long heapTakenByOpening(Path xlsx, long sharedStringsInMemoryLimit) {
		long before = SourceMemoryTest.usedHeapAfterCollection();
		long start = System.nanoTime();
		try (SourceRows rows = XlsxRows.open(XlsxFile.of(xlsx), SourcePosition.START, sharedStringsInMemoryLimit)) {
			rows.next();
			long taken = SourceMemoryTest.usedHeapAfterCollection() - before;
			rows.forEachRemaining((row) -> {
			});
			System.out.printf("XLSX shared strings limit %d: read in %.1f s%n", sharedStringsInMemoryLimit,
					(System.nanoTime() - start) / 1e9);
			return taken;
		}
	}

	private static void report(String kind, int rows, long bytes, long ours, long bare, String baseline) {
		System.out.printf("%s %,d rows (%.1f MB): %,.0f rows/s, %.1f MB/s; %s %,.0f rows/s; ratio %.2f%n", kind, rows,
				bytes / 1e6, rows / (ours / 1e9), bytes / 1e6 / (ours / 1e9), baseline, rows / (bare / 1e9),
				(double) ours / bare);
	}

	private static long best(Run run) throws Exception {
		long best = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			long start = System.nanoTime();
			run.run();
			best = Math.min(best, System.nanoTime() - start);
		}
		return best;
	}

	private static void readAll(SourceFile file) {
		long rejected = 0;
		try (SourceRows rows = file.open()) {
			while (rows.hasNext()) {
				rejected += rows.next().isRejected() ? 1 : 0;
			}
		}
		if (rejected > 0) {
			throw new IllegalStateException(rejected + " rows rejected");
		}
	}

	private static void firstRowAt(SourceFile file, SourcePosition position) {
		try (SourceRows rows = file.openAt(position)) {
			rows.next();
		}
	}

	private static void commonsCsv(Path csv) throws Exception {
		try (Reader in = Files.newBufferedReader(csv);
				CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(in)) {
			long cells = 0;
			for (CSVRecord record : parser) {
				cells += record.size();
			}
			if (cells == 0) {
				throw new IllegalStateException("no cells");
			}
		}
	}

	private static void streamingReader(Path xlsx) throws Exception {
		try (Workbook workbook = StreamingReader.builder().rowCacheSize(100).bufferSize(4096).open(xlsx.toFile())) {
			long cells = 0;
			for (Row row : workbook.getSheetAt(0)) {
				for (Cell cell : row) {
					cells += (cell.getCellType() != null) ? 1 : 0;
				}
			}
			if (cells == 0) {
				throw new IllegalStateException("no cells");
			}
		}
	}

	@FunctionalInterface
	private interface Run {

		void run() throws Exception;

	}

}
