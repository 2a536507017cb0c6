package closebatch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The closebatch version Maven built, from {@code closebatch/version.properties}. */
public final class Version {

	private Version() {
	}

	/** The version, or {@code unknown} when running from unfiltered sources. */
	public static String current() {
		Properties properties = new Properties();
		try (InputStream in = Version.class.getResourceAsStream("/closebatch/version.properties")) {
			if (in != null) {
				properties.load(in);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String version = properties.getProperty("version", "unknown");
		return version.startsWith("@") || version.startsWith("$") ? "unknown" : version;
	}

}
