package closebatch.source;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import closebatch.error.UserInputException;

import static closebatch.source.SourceFixtures.drain;
import static closebatch.source.SourceFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Opening a CSV file at a position reported by an earlier reading returns exactly the
 * rows after it, in every encoding.
 */
class CsvRestartTest {

	private static final String ROWS = "Name,Note\r\n" + "Zoë,\"two\nlines\"\n" + "\n" + "Ärger,plain\r"
			+ "broken,\"quote\n" + "Łukasz,ok\n" + "ragged\n" + "\"multi\r\nline\",\"x\"\"y\"\n" + "last,row";

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0} with BOM {1}")
	@CsvSource({ "UTF-8, EFBBBF, true", "UTF-8, '', true", "UTF-16LE, FFFE, true", "UTF-16BE, '', true",
			"windows-1252, '', true", "Shift_JIS, '', false" })
	void resumesAfterEveryRowWithTheRowsThatFollowIt(String charsetName, String bom, boolean seekable)
			throws Exception {
		Charset charset = Charset.forName(charsetName);
		String text = charsetName.equals("Shift_JIS")
				? ROWS.replace("Zoë", "山田").replace("Ärger", "東京").replace("Łukasz", "大阪") : ROWS;
		if (charsetName.equals("windows-1252")) {
			text = text.replace("Łukasz", "Lukasz");
		}
		Path csv = this.dir.resolve("rows.csv");
		Files.write(csv, bytes(bom, text.getBytes(charset)));
		String configured = charsetName.equals("UTF-16BE") ? "UTF-16" : charsetName;
		CsvFile file = CsvFile.of(csv).withEncoding(configured);

		List<SourceRow> all = new ArrayList<>();
		List<SourcePosition> positions = new ArrayList<>();
		try (SourceRows rows = file.open()) {
			positions.add(rows.position());
			while (rows.hasNext()) {
				all.add(rows.next());
				positions.add(rows.position());
			}
		}

		assertThat(all).extracting(SourceRow::number).containsExactly(2L, 5L, 6L, 7L, 8L, 9L, 11L);
		assertThat(all).filteredOn(SourceRow::isRejected).hasSize(2);
		for (int k = 0; k < positions.size(); k++) {
			SourcePosition position = positions.get(k);
			assertThat(position.byteOffset() >= 0).as("seekable offsets").isEqualTo(seekable);
			try (SourceRows rows = file.openAt(position)) {
				assertThat(drain(rows)).as("after row %d", k).isEqualTo(all.subList(k, all.size()));
			}
		}
	}

	@Test
	void seeksToTheSavedOffsetWithoutReadingTheRowsBeforeIt() throws Exception {
		Path csv = Files.writeString(this.dir.resolve("rows.csv"), "a,b\n1,2\n3,4\n5,6\n");
		SourcePosition afterTwoRows;
		try (SourceRows rows = CsvFile.of(csv).open()) {
			rows.next();
			rows.next();
			afterTwoRows = rows.position();
		}
		// Rows 1 and 2 become bytes that are not UTF-8: reading them again would fail.
		try (var channel = FileChannel.open(csv, StandardOpenOption.WRITE)) {
			channel.write(ByteBuffer.wrap(new byte[] { (byte) 0xFF, (byte) 0xFF, (byte) 0xFF }), 4);
			channel.write(ByteBuffer.wrap(new byte[] { (byte) 0xFF, (byte) 0xFF, (byte) 0xFF }), 8);
		}

		try (SourceRows rows = CsvFile.of(csv).openAt(afterTwoRows)) {
			assertThat(drain(rows)).extracting(SourceRow::number, SourceRow::cells)
				.containsExactly(tuple(4L, List.of("5", "6")));
		}
	}

	@Test
	void refusesAPositionBeyondTheEndOfTheFile() throws Exception {
		Path csv = Files.writeString(this.dir.resolve("rows.csv"), "a,b\n1,2\n");

		assertThatThrownBy(() -> CsvFile.of(csv).openAt(new SourcePosition(5, 9, 400))).isInstanceOfSatisfying(
				UserInputException.class, (ex) -> assertThat(ex.code()).isEqualTo(SourceError.BAD_RESTART_POSITION));
		assertThatThrownBy(() -> CsvFile.of(csv).withEncoding("Shift_JIS").openAt(new SourcePosition(5, 9, -1)))
			.isInstanceOfSatisfying(UserInputException.class,
					(ex) -> assertThat(ex.code()).isEqualTo(SourceError.BAD_RESTART_POSITION));
	}

	@Test
	void startsAfterTheHeaderWhenOpenedAtTheStart() throws Exception {
		Path csv = Files.writeString(this.dir.resolve("rows.csv"), "a,b\n1,2\n", StandardCharsets.UTF_8);

		assertThat(readAll(CsvFile.of(csv))).extracting(SourceRow::number).containsExactly(2L);
	}

	private static byte[] bytes(String hex, byte[] body) {
		byte[] bom = HexFormat.of().parseHex(hex);
		byte[] all = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, all, 0, bom.length);
		System.arraycopy(body, 0, all, bom.length, body.length);
		return all;
	}

}
