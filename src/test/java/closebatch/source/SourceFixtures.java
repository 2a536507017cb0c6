package closebatch.source;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenario files under {@code src/test/resources/source/} and small helpers to read
 * them whole.
 */
final class SourceFixtures {

	private SourceFixtures() {
	}

	/** The file of a scenario folder, such as {@code scenario("bom", "leads.csv")}. */
	static Path scenario(String folder, String file) {
		URL url = SourceFixtures.class.getResource("/source/" + folder + "/" + file);
		if (url == null) {
			throw new IllegalArgumentException("no fixture source/" + folder + "/" + file);
		}
		try {
			return Path.of(url.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<SourceRow> readAll(SourceFile file) {
		try (SourceRows rows = file.open()) {
			return drain(rows);
		}
	}

	static List<SourceRow> drain(SourceRows rows) {
		List<SourceRow> all = new ArrayList<>();
		rows.forEachRemaining(all::add);
		return all;
	}

}
