package closebatch.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows of one record key come together however far apart they are in the file, keys
 * in the order they first appear, and a restarted step goes on after the last committed
 * group.
 */
class KeyGroupReaderTest {

	private static final String CSV = """
			Company,Contact
			Acme,Wile
			Beta,Bob
			,Nobody
			Acme,Road Runner
			"broken,x
			""";

	@TempDir
	Path dir;

	@Test
	void bringsEachKeysRowsTogetherInTheOrderKeysFirstAppear() throws Exception {
		KeyGroupReader reader = reader(Files.writeString(this.dir.resolve("leads.csv"), CSV));
		ExecutionContext context = new ExecutionContext();

		reader.open(context);
		List<List<String>> groups = readAll(reader);
		reader.update(context);
		reader.close();

		assertThat(groups).as("a row without a key, and a row the reader rejects, are groups of their own")
			.containsExactly(List.of("2:Wile", "5:Road Runner"), List.of("3:Bob"), List.of("4:Nobody"), List.of("6:"));
		assertThat(context.getLong(KeyGroupReader.ROWS_READ)).isEqualTo(5);
		assertThat(this.dir.resolve("spill.db")).as("the spill goes once the last group is read").doesNotExist();
	}

	@Test
	void aRestartedReaderGoesOnAfterTheLastCommittedGroup() throws Exception {
		Path csv = Files.writeString(this.dir.resolve("leads.csv"), CSV);
		ExecutionContext context = new ExecutionContext();
		KeyGroupReader first = reader(csv);
		first.open(context);
		first.read();
		first.read();
		first.update(context);
		first.close();
		assertThat(this.dir.resolve("spill.db")).as("kept for the restart").exists();

		KeyGroupReader restarted = reader(csv);
		restarted.open(context);
		List<List<String>> rest = readAll(restarted);
		restarted.update(context);
		restarted.close();

		assertThat(rest).containsExactly(List.of("4:Nobody"), List.of("6:"));
		assertThat(context.getLong(KeyGroupReader.ROWS_READ)).isEqualTo(5);
	}

	@Test
	void passesOverTheRowsItIsToldToLeaveOut() throws Exception {
		Path csv = Files.writeString(this.dir.resolve("leads.csv"), CSV);
		KeyGroupReader reader = reader(csv, (row) -> row.number() != 2 && row.number() != 4);
		ExecutionContext context = new ExecutionContext();

		reader.open(context);
		List<List<String>> groups = readAll(reader);
		reader.update(context);
		reader.close();

		assertThat(groups).containsExactly(List.of("3:Bob"), List.of("5:Road Runner"), List.of("6:"));
		assertThat(context.getLong(KeyGroupReader.ROWS_READ)).isEqualTo(3);
	}

	private KeyGroupReader reader(Path csv) {
		return reader(csv, (row) -> true);
	}

	private KeyGroupReader reader(Path csv, Predicate<SourceRow> include) {
		return new KeyGroupReader(CsvFile.of(csv),
				(row) -> row.value("Company").isBlank() ? null : row.value("Company"), this.dir.resolve("spill.db"),
				include);
	}

	private static List<List<String>> readAll(KeyGroupReader reader) {
		List<List<String>> groups = new ArrayList<>();
		for (List<SourceRow> group = reader.read(); group != null; group = reader.read()) {
			groups.add(group.stream()
				.map((row) -> row.number() + ":" + (row.isRejected() ? "" : row.value("Contact")))
				.toList());
		}
		return groups;
	}

}
