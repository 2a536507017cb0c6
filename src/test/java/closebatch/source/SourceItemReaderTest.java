package closebatch.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import closebatch.error.UserInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Spring Batch reader saves its position at each commit and a new reader opened with
 * that execution context returns the rows after it, as a restarted step does.
 */
class SourceItemReaderTest {

	@TempDir
	Path dir;

	@Test
	void savesTheRowCountRowNumberAndByteOffsetOfACsvFileAtEachUpdate() throws Exception {
		Path csv = Files.writeString(this.dir.resolve("leads.csv"), "Company\nAcme\n\"Be\nta\"\nGamma\n");
		SourceItemReader reader = new SourceItemReader(CsvFile.of(csv));
		ExecutionContext context = new ExecutionContext();

		reader.open(context);
		reader.read();
		reader.read();
		reader.update(context);
		reader.close();

		assertThat(context.getLong("source.rows.read")).isEqualTo(2);
		assertThat(context.getLong("source.next.row")).isEqualTo(5);
		assertThat(context.getLong("source.byte.offset")).isEqualTo("Company\nAcme\n\"Be\nta\"\n".length());
	}

	@Test
	void resumesACsvFileAfterTheLastUpdateLikeARestartedStep() throws Exception {
		Path csv = Files.writeString(this.dir.resolve("leads.csv"), "Company\nAcme\nBeta\n,\nGamma\nDelta\n");

		assertThat(readWithRestart(new SourceItemReader(CsvFile.of(csv)), new SourceItemReader(CsvFile.of(csv)), 5))
			.containsExactly("Acme", "Beta", "|", "", "Gamma", "Delta");
	}

	@Test
	void resumesAnXlsxSheetAfterTheLastUpdateLikeARestartedStep() {
		Path xlsx = Workbooks.write(this.dir.resolve("leads.xlsx"), (workbook) -> {
			var sheet = workbook.createSheet();
			String[] names = { "Company", "Acme", "Beta", "Gamma", "Delta" };
			for (int i = 0; i < names.length; i++) {
				sheet.createRow(i * 2).createCell(0).setCellValue(names[i]);
			}
		});

		assertThat(readWithRestart(new SourceItemReader(XlsxFile.of(xlsx)), new SourceItemReader(XlsxFile.of(xlsx)), 4))
			.containsExactly("Acme", "Beta", "|", "Gamma", "Delta");
	}

	@Test
	void savesNothingWhenToldNotTo() throws Exception {
		Path csv = Files.writeString(this.dir.resolve("leads.csv"), "Company\nAcme\n");
		SourceItemReader reader = new SourceItemReader(CsvFile.of(csv));
		reader.setSaveState(false);
		ExecutionContext context = new ExecutionContext();

		reader.open(context);
		reader.read();
		reader.update(context);
		reader.close();

		assertThat(context.isEmpty()).isTrue();
	}

	@Test
	void offersTheHeaderOnceOpenForCheckingAMapping() throws Exception {
		Path csv = Files.writeString(this.dir.resolve("leads.csv"), "Company,Email\n");
		SourceItemReader reader = new SourceItemReader(CsvFile.of(csv));

		assertThatThrownBy(reader::header).isInstanceOf(IllegalStateException.class);
		reader.open(new ExecutionContext());

		assertThat(reader.header().names()).containsExactly("Company", "Email");
		assertThat(reader.read()).isNull();
		reader.close();
	}

	@Test
	void throwsTheUserErrorItselfWhenTheFileCannotBeOpened() {
		SourceItemReader reader = new SourceItemReader(CsvFile.of(this.dir.resolve("missing.csv")));

		assertThatThrownBy(() -> reader.open(new ExecutionContext())).isInstanceOfSatisfying(UserInputException.class,
				(ex) -> assertThat(ex.code()).isEqualTo(SourceError.FILE_NOT_READABLE));
	}

	/**
	 * Reads two rows, commits, reads one more (lost in a crash), then restarts with a new
	 * reader and reads to the end; "|" marks the restart.
	 */
	private static List<String> readWithRestart(SourceItemReader first, SourceItemReader second, long rowsRead) {
		List<String> companies = new ArrayList<>();
		ExecutionContext context = new ExecutionContext();
		first.open(context);
		companies.add(first.read().value("Company"));
		companies.add(first.read().value("Company"));
		first.update(context);
		first.read();
		first.close();
		companies.add("|");
		ExecutionContext saved = new ExecutionContext(context);
		second.open(saved);
		for (SourceRow row = second.read(); row != null; row = second.read()) {
			companies.add(row.value("Company"));
		}
		second.update(saved);
		second.close();
		assertThat(saved.getLong("source.rows.read")).isEqualTo(rowsRead);
		return companies;
	}

}
