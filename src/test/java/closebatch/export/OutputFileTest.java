package closebatch.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An output file reopened at a checkpoint's length loses what was written after it, and
 * refuses a file shorter than the checkpoint says.
 */
class OutputFileTest {

	@TempDir
	Path dir;

	@Test
	void cutsOffWhatFollowsTheCheckpointAndAppendsFromThere() throws IOException {
		Path file = this.dir.resolve("out/rows.csv");
		long committed;
		try (OutputFile out = OutputFile.openAt(file, 0)) {
			out.write("header\nrow 1\n".getBytes(StandardCharsets.UTF_8));
			out.flush();
			committed = out.length();
			out.write("row 2 of a chunk that never committed\n".getBytes(StandardCharsets.UTF_8));
		}

		try (OutputFile out = OutputFile.openAt(file, committed)) {
			out.write("row 2\n".getBytes(StandardCharsets.UTF_8));
			out.flush();
			assertThat(out.length()).isEqualTo(Files.size(file));
		}

		assertThat(Files.readString(file)).isEqualTo("header\nrow 1\nrow 2\n");
	}

	@Test
	void refusesAFileShorterThanTheCheckpoint() throws IOException {
		Path file = Files.writeString(this.dir.resolve("rows.csv"), "short");

		assertThatExceptionOfType(OutputChangedException.class).isThrownBy(() -> OutputFile.openAt(file, 100))
			.withMessageContaining("holds 5 bytes but the checkpoint says 100")
			.satisfies((error) -> assertThat(error.code()).isEqualTo(ExportError.OUTPUT_CHANGED));
	}

	@Test
	void countsWritesLargerThanItsBuffer() throws IOException {
		Path file = this.dir.resolve("big.bin");
		try (OutputFile out = OutputFile.openAt(file, 0)) {
			out.write(new byte[10]);
			out.write(new byte[200_000]);
			out.write(7);
			assertThat(out.length()).isEqualTo(200_011);
		}
		assertThat(Files.size(file)).isEqualTo(200_011);
	}

}
