package closebatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The JSON Schemas of job, mapping and setup files in {@code schemas/}, for tests that
 * hold them against the files and against what the loaders accept.
 */
public enum FileSchemas {

	JOB("job.schema.json"), MAPPING("mapping.schema.json"), SETUP("setup.schema.json");

	/** Where the schemas are, relative to the repository. */
	public static final Path FOLDER = Path.of("schemas");

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private final String fileName;

	private final JsonNode document;

	private final Schema schema;

	FileSchemas(String fileName) {
		this.fileName = fileName;
		try {
			String text = Files.readString(Path.of("schemas", fileName));
			this.document = JsonMapper.builder().build().readTree(text);
			this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The line a file of this kind starts with, so that editors check and complete it.
	 */
	public String modeline(Path file) {
		Path schema = file.toAbsolutePath().getParent().relativize(FOLDER.resolve(this.fileName).toAbsolutePath());
		return "# yaml-language-server: $schema=" + schema.toString().replace('\\', '/');
	}

	/** What the schema finds wrong with a YAML file; empty when nothing. */
	public List<Error> validate(Path yamlFile) {
		try {
			return this.schema.validate(YAML.readTree(Files.readString(yamlFile)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What the schema finds wrong with YAML text; empty when nothing. */
	public List<Error> validate(String yaml) {
		return this.schema.validate(YAML.readTree(yaml));
	}

	/** The schema's node at a JSON pointer, such as {@code /$defs/transform/oneOf}. */
	public JsonNode at(String pointer) {
		return this.document.at(pointer);
	}

	/**
	 * The property names the schema allows at a JSON pointer, such as
	 * {@code /$defs/import/properties}.
	 */
	public Set<String> propertiesAt(String pointer) {
		Set<String> names = new TreeSet<>();
		this.document.at(pointer).propertyNames().forEach(names::add);
		return names;
	}

	/** The values an {@code enum} at a JSON pointer allows. */
	public Set<String> enumAt(String pointer) {
		Set<String> values = new TreeSet<>();
		this.document.at(pointer).path("enum").forEach((value) -> values.add(value.asString()));
		return values;
	}

}
