package closebatch.mapping;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import closebatch.FileSchemas;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code schemas/mapping.schema.json} accepts every mapping in {@code mappings/} (which
 * name it in their first line) and the test fixtures the loader accepts, refuses what the
 * loader refuses for an unknown key or value, and allows exactly the keys, transforms and
 * values the loader reads.
 */
class MappingSchemaTest {

	@Test
	void everySampleMappingNamesTheSchemaAndMatchesIt() throws Exception {
		List<Path> mappings = yamlFiles(Path.of("mappings"));
		assertThat(mappings).isNotEmpty();
		for (Path mapping : mappings) {
			assertThat(Files.readAllLines(mapping).get(0)).as(mapping.toString())
				.isEqualTo(FileSchemas.MAPPING.modeline(mapping));
			assertThat(FileSchemas.MAPPING.validate(mapping)).as(mapping.toString()).isEmpty();
		}
	}

	@Test
	void acceptsTheMappingsOfTheTestsThatLoad() throws Exception {
		List<Path> loading = yamlFiles(Path.of("src/test/resources/mapping/grouping"));
		assertThat(loading).isNotEmpty();
		for (Path mapping : loading) {
			assertThat(FileSchemas.MAPPING.validate(mapping)).as(mapping.toString()).isEmpty();
		}
	}

	@Test
	void refusesWhatTheLoaderRefusesForAnUnknownKeyOrValue() {
		for (String fixture : List.of("unknown-match-rule.yaml", "unknown-blank-rule.yaml", "unknown-on.yaml")) {
			assertThat(FileSchemas.MAPPING.validate(Path.of("src/test/resources/mapping/errors", fixture))).as(fixture)
				.isNotEmpty();
		}
		assertThat(FileSchemas.MAPPING.validate("lead:\n  name: Company\n  nmae: Company\n")).isNotEmpty();
		assertThat(FileSchemas.MAPPING.validate("lead:\n  name: {column: Company, transforms: [trimm]}\n"))
			.isNotEmpty();
	}

	@Test
	void allowsExactlyTheKeysAndTransformsTheLoaderReads() {
		Set<String> top = new TreeSet<>(MappingLoader.TOP_KEYS);
		top.addAll(MappingLoader.OBJECT_TOP_KEYS);
		top.addAll(MappingLoader.PHONE_TOP_KEYS);
		assertThat(FileSchemas.MAPPING.propertiesAt("/properties")).containsExactlyInAnyOrderElementsOf(top);
		assertThat(FileSchemas.MAPPING.propertiesAt("/properties/phone_number/properties"))
			.containsExactlyInAnyOrderElementsOf(PhoneNumberMapper.FIELDS.stream().map(ObjectField::name).toList());
		assertThat(FileSchemas.MAPPING.propertiesAt("/properties/price/properties"))
			.containsExactlyInAnyOrderElementsOf(MappingLoader.PRICE_KEYS);
		assertThat(FileSchemas.MAPPING.propertiesAt("/properties/link/properties"))
			.containsExactlyInAnyOrderElementsOf(MappingLoader.LINK_KEYS);
		assertThat(FileSchemas.MAPPING.propertiesAt("/properties/link/properties/lead/properties"))
			.containsExactlyInAnyOrderElementsOf(MappingLoader.LEAD_LINK_KEYS);
		assertThat(FileSchemas.MAPPING.propertiesAt("/properties/link/properties/contact/properties"))
			.containsExactlyInAnyOrderElementsOf(MappingLoader.CONTACT_LINK_KEYS);
		for (ObjectType type : ObjectType.values()) {
			Set<String> fields = new TreeSet<>(type.fieldNames());
			if (type.hasCustomFields()) {
				fields.add("custom");
			}
			if (type == ObjectType.CUSTOM_ACTIVITY) {
				fields.add("type");
			}
			assertThat(FileSchemas.MAPPING.propertiesAt("/properties/" + type.key() + "/properties")).as(type.key())
				.containsExactlyInAnyOrderElementsOf(fields);
		}
		assertThat(FileSchemas.MAPPING.propertiesAt("/properties/identity/properties"))
			.containsExactlyInAnyOrderElementsOf(MappingLoader.IDENTITY_KEYS);
		assertThat(FileSchemas.MAPPING.propertiesAt("/properties/lead/properties"))
			.containsExactlyInAnyOrderElementsOf(MappingLoader.LEAD_KEYS);
		assertThat(FileSchemas.MAPPING.propertiesAt("/$defs/contact/properties"))
			.containsExactlyInAnyOrderElementsOf(MappingLoader.CONTACT_KEYS);
		assertThat(FileSchemas.MAPPING.propertiesAt("/$defs/address/properties"))
			.containsExactlyInAnyOrderElementsOf(MappingLoader.ADDRESS_KEYS);
		assertThat(FileSchemas.MAPPING.enumAt("/$defs/address/properties/label"))
			.containsExactlyInAnyOrderElementsOf(MappingLoader.ADDRESS_LABELS);
		assertThat(FileSchemas.MAPPING.propertiesAt("/$defs/fieldProperties"))
			.containsExactlyInAnyOrderElementsOf(FieldReader.KEYS);
		Set<String> custom = new TreeSet<>(FieldReader.KEYS);
		custom.addAll(MappingLoader.CUSTOM_KEYS);
		assertThat(FileSchemas.MAPPING.propertiesAt("/$defs/customFields/additionalProperties/oneOf/1/properties"))
			.containsExactlyInAnyOrderElementsOf(custom);
		assertThat(FileSchemas.MAPPING.enumAt("/$defs/customFields/additionalProperties/oneOf/1/properties/type"))
			.containsExactlyInAnyOrderElementsOf(CustomFieldSpec.TYPES);
		assertThat(FileSchemas.MAPPING.enumAt("/$defs/transform/oneOf/0")).containsAll(TransformReader.BARE);
		Set<String> withArgument = new TreeSet<>();
		FileSchemas.MAPPING.at("/$defs/transform/oneOf")
			.forEach((transform) -> transform.path("required").forEach((name) -> withArgument.add(name.asString())));
		assertThat(withArgument).containsExactlyInAnyOrderElementsOf(TransformReader.WITH_ARGUMENT);
	}

	private static List<Path> yamlFiles(Path folder) throws Exception {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter((file) -> file.toString().endsWith(".yaml")).sorted().toList();
		}
	}

}
