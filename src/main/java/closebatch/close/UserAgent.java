package closebatch.close;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The {@code User-Agent} closebatch sends: {@code closebatch/<version>}. */
final class UserAgent {

	private UserAgent() {
	}

	/** {@code closebatch/} and the version Maven built, or {@code unknown}. */
	static String closebatch() {
		Properties properties = new Properties();
		try (InputStream in = UserAgent.class.getResourceAsStream("/closebatch/version.properties")) {
			if (in != null) {
				properties.load(in);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String version = properties.getProperty("version", "unknown");
		return "closebatch/" + (version.startsWith("@") ? "unknown" : version);
	}

}
