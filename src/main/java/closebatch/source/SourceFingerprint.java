package closebatch.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import closebatch.error.SourceLocation;
import closebatch.error.UserInputException;

/**
 * The SHA-256 of an input file's bytes, with its size: what a restart compares to refuse
 * a file that changed since the job ran.
 *
 * <p>
 * Computed by streaming the file; the text form {@code sha256:<64 hex digits>} is what
 * goes into job parameters and run manifests.
 *
 * @param sha256 the digest, 64 lower-case hex digits
 * @param size the file's size in bytes
 */
public record SourceFingerprint(String sha256, long size) {

	public SourceFingerprint {
		Objects.requireNonNull(sha256, "sha256");
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
		}
	}

	/**
	 * Fingerprints a file.
	 * @param file the file
	 * @return its fingerprint
	 * @throws UserInputException if the file does not exist or cannot be read
	 */
	public static SourceFingerprint of(Path file) {
		MessageDigest digest = sha256Digest();
		byte[] buffer = new byte[64 * 1024];
		long size = 0;
		InputPaths.requireRegularFile(file, file.toString());
		try (InputStream in = Files.newInputStream(file)) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				digest.update(buffer, 0, read);
				size += read;
			}
		}
		catch (NoSuchFileException ex) {
			throw new UserInputException(SourceError.FILE_NOT_READABLE, SourceLocation.of(file.toString()),
					"the file does not exist.");
		}
		catch (IOException ex) {
			throw new UserInputException(SourceError.FILE_NOT_READABLE, SourceLocation.of(file.toString()),
					"the file cannot be read: " + ex.getMessage(), ex);
		}
		return new SourceFingerprint(HexFormat.of().formatHex(digest.digest()), size);
	}

	private static MessageDigest sha256Digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * The fingerprint as it appears in job parameters.
	 * @return {@code sha256:} and the digest
	 */
	@Override
	public String toString() {
		return "sha256:" + this.sha256;
	}

}
