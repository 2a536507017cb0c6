package closebatch.source;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import closebatch.error.UserInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fingerprint of an input file is the SHA-256 of its bytes.
 */
class SourceFingerprintTest {

	@TempDir
	Path dir;

	@Test
	void isTheSha256OfTheFileAndItsSize() throws Exception {
		Path file = Files.writeString(this.dir.resolve("abc.csv"), "abc");

		SourceFingerprint fingerprint = SourceFingerprint.of(file);

		assertThat(fingerprint.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(fingerprint.size()).isEqualTo(3);
		assertThat(fingerprint).hasToString("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void changesWhenOneByteOfALargeFileChanges() throws Exception {
		byte[] content = new byte[3 * 64 * 1024 + 17];
		Path file = Files.write(this.dir.resolve("big.csv"), content);
		SourceFingerprint before = SourceFingerprint.of(file);

		content[content.length - 1] = 1;
		Files.write(file, content);

		assertThat(SourceFingerprint.of(file)).isNotEqualTo(before);
		assertThat(before.size()).isEqualTo(content.length);
	}

	@Test
	void refusesAFileThatDoesNotExist() {
		assertThatThrownBy(() -> SourceFingerprint.of(this.dir.resolve("missing.csv"))).isInstanceOfSatisfying(
				UserInputException.class, (ex) -> assertThat(ex.code()).isEqualTo(SourceError.FILE_NOT_READABLE));
	}

}
