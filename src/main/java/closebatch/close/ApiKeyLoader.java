package closebatch.close;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import closebatch.close.CloseConfigurationException.Problem;
import closebatch.error.RegularFiles;

/**
 * Finds the Close API keys a run uses: those of a key file when one is given, otherwise
 * {@code CLOSE_API_KEY} and {@code CLOSE_API_KEYS=k1,k2,k3} from the environment.
 *
 * <p>
 * A key file holds one key per line; blank lines and lines starting with {@code #} are
 * ignored. A key listed twice counts once. No key at all is not an error: it means the
 * run targets the embedded sandbox. A malformed key is reported by its place (variable
 * and position, or file and line), never by its value.
 */
public final class ApiKeyLoader {

	/** One key. */
	public static final String CLOSE_API_KEY = "CLOSE_API_KEY";

	/** Several keys of one organization, comma-separated. */
	public static final String CLOSE_API_KEYS = "CLOSE_API_KEYS";

	private ApiKeyLoader() {
	}

	/**
	 * The keys to use, in the order given, without duplicates; empty if none is
	 * configured.
	 * @param environment the process environment (tests pass their own map)
	 * @param keyFile the key file given on the command line, or null; when given, the
	 * environment is not consulted
	 * @throws CloseConfigurationException if the file cannot be read or holds no key, or
	 * a key is malformed
	 */
	public static List<ApiKey> load(Map<String, String> environment, Path keyFile) {
		Set<ApiKey> keys = new LinkedHashSet<>();
		if (keyFile != null) {
			readFile(keyFile, keys);
		}
		else {
			String single = environment.get(CLOSE_API_KEY);
			if (single != null && !single.isBlank()) {
				keys.add(key(single.strip(), CLOSE_API_KEY));
			}
			String several = environment.get(CLOSE_API_KEYS);
			if (several != null) {
				String[] entries = several.split(",", -1);
				for (int i = 0; i < entries.length; i++) {
					if (!entries[i].isBlank()) {
						keys.add(key(entries[i].strip(), CLOSE_API_KEYS + " entry " + (i + 1)));
					}
				}
			}
		}
		return List.copyOf(keys);
	}

	private static void readFile(Path file, Set<ApiKey> keys) {
		List<String> lines = readLines(file);
		List<ApiKey> found = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (i == 0 && line.startsWith("\uFEFF")) {
				line = line.substring(1).strip();
			}
			if (!line.isEmpty() && !line.startsWith("#")) {
				found.add(key(line, file + ":" + (i + 1)));
			}
		}
		if (found.isEmpty()) {
			throw new CloseConfigurationException(Problem.API_KEY_FILE, "The API key file " + file + " holds no key",
					"Put one Close API key per line; lines starting with # are comments.");
		}
		keys.addAll(found);
	}

	/** The largest key file read: far more than any number of keys needs. */
	private static final long MAX_BYTES = 64 << 10;

	private static List<String> readLines(Path file) {
		String problem = RegularFiles.problem(file).filter((text) -> !text.equals("does not exist")).orElse(null);
		if (problem != null) {
			throw new CloseConfigurationException(Problem.API_KEY_FILE, "The API key file " + file + " " + problem,
					"Give --api-key-file the path of a text file with one key per line.");
		}
		try {
			if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
				throw new CloseConfigurationException(Problem.API_KEY_FILE,
						"The API key file " + file + " is larger than " + (MAX_BYTES >> 10) + " KiB",
						"Give --api-key-file a text file with one key per line.");
			}
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException ex) {
			throw new CloseConfigurationException(Problem.API_KEY_FILE, "The API key file " + file + " does not exist",
					"Check the path given with --api-key-file.");
		}
		catch (MalformedInputException ex) {
			throw new CloseConfigurationException(Problem.API_KEY_FILE,
					"The API key file " + file + " is not UTF-8 text", "Save it as plain text, one key per line.");
		}
		catch (IOException ex) {
			throw new CloseConfigurationException(Problem.API_KEY_FILE,
					"The API key file " + file + " cannot be read (" + ex.getClass().getSimpleName() + ")",
					"Check that the file is readable by the user running closebatch.");
		}
	}

	private static ApiKey key(String value, String location) {
		String problem = ApiKey.problemWith(value);
		if (problem != null) {
			throw new CloseConfigurationException(Problem.API_KEY, location + " is not a usable API key: " + problem,
					"Copy the key again from Close (Settings > Developer > API Keys); it is one word with no spaces.");
		}
		return ApiKey.of(value);
	}

}
