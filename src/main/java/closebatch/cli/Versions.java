package closebatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version Maven built, from {@code closebatch/version.properties}. */
final class Versions {

	private Versions() {
	}

	static String current() {
		Properties properties = new Properties();
		try (InputStream in = Versions.class.getResourceAsStream("/closebatch/version.properties")) {
			if (in != null) {
				properties.load(in);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties.getProperty("version", "unknown");
	}

}
