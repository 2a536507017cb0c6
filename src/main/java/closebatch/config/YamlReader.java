package closebatch.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import closebatch.error.RegularFiles;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a YAML document into {@link YamlNode}s that remember their file, line and column,
 * which Jackson's own tree does not.
 *
 * <p>
 * Duplicate keys are refused (YAML would silently keep the last one), and syntax errors
 * become a {@link ConfigError} at the line and column the YAML parser reports.
 */
public final class YamlReader {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	/** The largest configuration file read. */
	static final long MAX_BYTES = 1 << 20;

	private YamlReader() {
	}

	/** Reads a file; the path is reported as given. */
	public static YamlNode read(Path file) {
		String text;
		YamlLocation whole = new YamlLocation(file.toString(), 0, 0);
		Optional<String> problem = RegularFiles.problem(file);
		if (problem.isPresent()) {
			throw new ConfigError(whole,
					problem.get().equals("does not exist") ? "file not found" : "the file " + problem.get(),
					"check the path; relative paths are relative to the directory closebatch runs in");
		}
		try {
			if (Files.size(file) > MAX_BYTES) {
				throw new ConfigError(whole, "the file is larger than " + (MAX_BYTES >> 20) + " MiB",
						"a job or mapping file is a short YAML text; check that the path names one");
			}
			text = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException ex) {
			throw new ConfigError(whole, "file not found",
					"check the path; relative paths are relative to the directory closebatch runs in");
		}
		catch (CharacterCodingException ex) {
			throw new ConfigError(whole, "the file is not UTF-8 text", "save the YAML file as UTF-8");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return read(text, file.toString());
	}

	/** Reads YAML text, reporting locations against {@code source}. */
	public static YamlNode read(String text, String source) {
		try (JsonParser parser = YAML.createParser(text)) {
			JsonToken token = parser.nextToken();
			if (token == null) {
				return new YamlScalar(null, new YamlLocation(source, 1, 1));
			}
			return node(parser, source);
		}
		catch (JacksonException ex) {
			if (ex.getCause() instanceof MarkedYamlEngineException marked && marked.getProblemMark().isPresent()) {
				throw syntaxError(marked, source);
			}
			TokenStreamLocation at = ex.getLocation();
			YamlLocation location = (at != null && at.getLineNr() > 0)
					? new YamlLocation(source, at.getLineNr(), at.getColumnNr()) : new YamlLocation(source, 0, 0);
			throw new ConfigError(location, "not valid YAML: " + firstLine(ex.getOriginalMessage()),
					"check indentation and quoting on or just above this line");
		}
	}

	/**
	 * At the parser's own mark, not Jackson's (the last token read, which can be far
	 * above). A problem found only at the end of the file (an unclosed quote or bracket)
	 * is reported where the unclosed construct began.
	 */
	private static ConfigError syntaxError(MarkedYamlEngineException marked, String source) {
		Mark problem = marked.getProblemMark().orElseThrow();
		Mark context = marked.getContextMark().orElse(null);
		String what = "not valid YAML: " + firstLine(marked.getProblem());
		if (context != null && marked.getContext() != null) {
			what += " (" + firstLine(marked.getContext()) + " from line " + (context.getLine() + 1) + ", column "
					+ (context.getColumn() + 1) + ")";
		}
		boolean atEnd = marked.getProblem() != null && marked.getProblem().contains("end of stream");
		Mark at = (atEnd && context != null) ? context : problem;
		return new ConfigError(new YamlLocation(source, at.getLine() + 1, at.getColumn() + 1), what,
				atEnd ? "close the quote or bracket opened here" : "check indentation and quoting on this line");
	}

	private static String firstLine(String message) {
		return (message == null) ? "" : message.lines().findFirst().orElse("").strip();
	}

	private static YamlNode node(JsonParser parser, String source) {
		YamlLocation location = location(parser, source);
		JsonToken token = parser.currentToken();
		if (token == JsonToken.START_OBJECT) {
			Map<String, YamlMap.Entry> entries = new LinkedHashMap<>();
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String key = parser.currentName();
				YamlLocation keyLocation = location(parser, source);
				parser.nextToken();
				YamlNode value = node(parser, source);
				if (entries.containsKey(key)) {
					throw new ConfigError(keyLocation, "duplicate key '" + key + "'", "the same key is also at line "
							+ entries.get(key).keyLocation().line() + "; keep only one");
				}
				entries.put(key, new YamlMap.Entry(key, keyLocation, value));
			}
			return new YamlMap(entries, location);
		}
		if (token == JsonToken.START_ARRAY) {
			List<YamlNode> items = new ArrayList<>();
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				items.add(node(parser, source));
			}
			return new YamlList(items, location);
		}
		if (token == JsonToken.VALUE_NULL) {
			return new YamlScalar(null, location);
		}
		return new YamlScalar(parser.getText(), location);
	}

	private static YamlLocation location(JsonParser parser, String source) {
		TokenStreamLocation at = parser.currentTokenLocation();
		return new YamlLocation(source, Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1));
	}

}
