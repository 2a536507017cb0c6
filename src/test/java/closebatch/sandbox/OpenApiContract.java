package closebatch.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import closebatch.sandbox.http.Json;

/**
 * Checks sandbox responses against the response schemas of Close's own OpenAPI document
 * ({@code ../shared/close-api/openapi.yml}), with {@code date-time} and other formats
 * asserted.
 *
 * <p>
 * Tests that use it skip, with a message, when the document is not beside the repository.
 */
public final class OpenApiContract {

	public static final Path DOCUMENT = Path.of("..", "shared", "close-api", "openapi.yml");

	private static final String BASE = "https://closebatch.invalid/openapi.json";

	private static volatile OpenApiContract instance;

	private final JsonNode paths;

	private final SchemaRegistry registry;

	private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

	private OpenApiContract(JsonNode document) {
		this.paths = document.get("paths");
		String json = Json.MAPPER.writeValueAsString(document);
		SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
		this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				builder -> builder.schemas(Map.of(BASE, json)).schemaRegistryConfig(config));
	}

	/** The contract, or a skipped test when the OpenAPI document is absent. */
	public static OpenApiContract load() {
		Assumptions.assumeTrue(Files.isRegularFile(DOCUMENT),
				() -> DOCUMENT.toAbsolutePath().normalize() + " is absent: OpenAPI schema validation skipped");
		if (instance == null) {
			synchronized (OpenApiContract.class) {
				if (instance == null) {
					try {
						instance = new OpenApiContract(new YAMLMapper().readTree(DOCUMENT.toFile()));
					}
					catch (RuntimeException ex) {
						throw new IllegalStateException("Cannot read " + DOCUMENT, ex);
					}
				}
			}
		}
		return instance;
	}

	/**
	 * Asserts that a response matches the schema the document gives for its method, path
	 * and status; fails if the document has no JSON schema for them.
	 * @param path the request path below {@code /api/v1}, e.g. {@code /lead/lead_abc/}
	 */
	public void assertConforms(String method, String path, SandboxClient.Response response) {
		String template = template(path);
		String pointer = "/paths/" + escape(template) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/"
				+ response.status() + "/content/application~1json/schema";
		JsonNode schemaNode = this.paths.at(pointer.substring("/paths".length()));
		if (schemaNode.isMissingNode()) {
			throw new AssertionError("openapi.yml has no JSON schema for " + method + " " + template + " "
					+ response.status() + "; the sandbox answered " + response.body());
		}
		if (response.status() == 204) {
			// HTTP gives a 204 no body; the document's schema for it describes none.
			if (response.body() != null) {
				throw new AssertionError(method + " " + path + " answered 204 with a body: " + response.body());
			}
			return;
		}
		Schema schema = this.schemas.computeIfAbsent(pointer,
				key -> this.registry.getSchema(SchemaLocation.of(BASE + "#" + key)));
		List<Error> errors = schema.validate(response.body());
		if (!errors.isEmpty()) {
			throw new AssertionError(method + " " + path + " does not match " + template + " in openapi.yml:\n  "
					+ errors.stream().map(Error::toString).collect(Collectors.joining("\n  ")) + "\nbody: "
					+ response.body());
		}
	}

	/** The document's path template for a concrete path, preferring literal segments. */
	private String template(String path) {
		return this.paths.propertyNames()
			.stream()
			.filter(template -> Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+")).matcher(path).matches())
			.min(Comparator.comparingLong(template -> template.chars().filter(c -> c == '{').count()))
			.orElseThrow(() -> new AssertionError("openapi.yml documents no path matching " + path));
	}

	private static String escape(String template) {
		return template.replace("~", "~0").replace("/", "~1");
	}

}
