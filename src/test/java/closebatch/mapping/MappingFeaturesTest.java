package closebatch.mapping;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The parts of a mapping beyond single transforms: several contacts per row, joined
 * columns, constants, required fields, contact custom fields and their declarations.
 */
class MappingFeaturesTest {

	private static final List<String> HEADERS = List.of("Company", "First", "Last", "Email", "Second Contact",
			"Second Email", "Tags", "Region");

	private static final String TWO_CONTACTS = """
			key: Company
			lead:
			  name: {column: Company, required: true}
			  description: {constant: Imported from the 2024 trade show}
			contacts:
			  - name: {columns: [Last, First], separator: ", "}
			    emails: [{column: Email, type: home, transforms: [email]}]
			    custom:
			      Tags:
			        column: Tags
			        transforms: [{split: ","}]
			        create-missing: true
			        type: choices
			        choices: [vip, partner]
			  - name: Second Contact
			    emails: [Second Email]
			""";

	private static RecordMapper mapper(String yaml) {
		return (RecordMapper) MappingLoader.load(yaml, "test.yaml", HEADERS);
	}

	private static MappingError errorOf(String yaml) {
		return org.assertj.core.api.Assertions.catchThrowableOfType(MappingError.class, () -> mapper(yaml));
	}

	@Test
	void keepsWhatOnlyACreateWritesApartFromWhatAnUpdateWrites() {
		LeadRecord lead = (LeadRecord) mapper("""
				key: Company
				lead:
				  name: Company
				  description: {constant: Imported, on: always}
				  url: {column: Region, blank: clear}
				  status:
				    column: Tags
				    transforms: [{default: Potential}]
				  custom:
				    Segment: {column: First, transforms: [{default: SMB, on: always}]}
				    Source: {constant: Trade show}
				""").map(2, Map.of("Company", "Acme", "Region", " ", "Tags", "", "First", ""));

		assertThat(lead.description()).as("a constant on: always").isEqualTo("Imported");
		assertThat(lead.custom()).as("a default on: always").containsExactly(Map.entry("Segment", List.of("SMB")));
		assertThat(lead.statusLabel()).as("a default for creates only").isNull();
		assertThat(lead.rules().createOnly()).containsOnly(Map.entry("status", List.of("Potential")),
				Map.entry("custom.Source", List.of("Trade show")));
		assertThat(lead.rules().clear()).as("blank: clear").containsExactly("url");
	}

	@Test
	void aNamespaceDefaultsToTheMappingFileNameAndTheKeyRuleComesFirst() {
		Identity identity = MappingLoader.load("""
				identity:
				  key: [Company]
				  match: [name, {id: Region}]
				lead:
				  name: Company
				""", "mappings/crm-accounts.yaml", HEADERS).identity();

		assertThat(identity.namespace()).isEqualTo("crm-accounts");
		assertThat(identity.keyColumns()).containsExactly("Company");
		assertThat(identity.match()).containsExactly(new MatchRule.Key(), new MatchRule.Name(),
				new MatchRule.CloseId("Region"));
	}

	@Test
	void makesOneContactPerContactEntryAndLeavesOutAnEmptyOne() {
		MappedRow row = mapper(TWO_CONTACTS).map(2, Map.of("Company", "Acme", "First", "Jane", "Last", "Doe", "Email",
				"jane@acme.com", "Tags", "vip, partner", "Second Contact", ""));

		LeadRecord lead = (LeadRecord) row;
		assertThat(lead.description()).as("a constant only a create writes").isNull();
		assertThat(lead.rules().createOnlyValue("description")).isEqualTo("Imported from the 2024 trade show");
		assertThat(lead.contacts())
			.containsExactly(new ContactRecord("Doe, Jane", null, List.of(new ContactEmail("jane@acme.com", "home")),
					List.of(), List.of(), Map.of("Tags", List.of("vip", "partner"))));
	}

	@Test
	void joinsOnlyTheColumnsThatHaveAValue() {
		LeadRecord lead = (LeadRecord) mapper(TWO_CONTACTS).map(2, Map.of("Company", "Acme", "First", "Jane"));

		assertThat(lead.contacts()).extracting(ContactRecord::name).containsExactly("Jane");
	}

	@Test
	void givesASecondContactItsOwnDefaultTypes() {
		LeadRecord lead = (LeadRecord) mapper(TWO_CONTACTS).map(2,
				Map.of("Company", "Acme", "Second Contact", "Bob", "Second Email", "bob@acme.com"));

		assertThat(lead.contacts()).containsExactly(new ContactRecord("Bob", null,
				List.of(new ContactEmail("bob@acme.com", "office")), List.of(), List.of(), Map.of()));
	}

	@Test
	void rejectsARowWithoutARequiredValue() {
		MappedRow row = mapper("lead: {name: {column: Company, required: true}}").map(9, Map.of("Company", " "));

		assertThat(row).isEqualTo(new Rejection(9, "Company", "a value is required but the cell is empty"));
	}

	@Test
	void declaresContactCustomFieldsForTheLoadStage() {
		assertThat(mapper(TWO_CONTACTS).customFields())
			.extracting(CustomFieldSpec::owner, CustomFieldSpec::name, CustomFieldSpec::type, CustomFieldSpec::choices)
			.containsExactly(tuple(CustomFieldSpec.Owner.CONTACT, "Tags", "choices", List.of("vip", "partner")));
	}

	@Test
	void refusesToSplitIntoACustomFieldThatHoldsOneValue() {
		assertThat(errorOf("""
				lead:
				  custom:
				    Region: {column: Region, type: text, transforms: [{split: ","}]}
				""").getMessage())
			.isEqualTo("custom field 'Region' is a text field, which holds one value, so it cannot be split");
	}

	@Test
	void refusesToCreateAChoicesFieldWithoutChoices() {
		assertThat(errorOf("""
				lead:
				  custom:
				    Region: {column: Region, type: choices, create-missing: true}
				""").getMessage())
			.isEqualTo("custom field 'Region' would be created as a choices field without choices");
	}

	@Test
	void refusesAnUnknownCustomFieldTypeAndAddressLabel() {
		MappingError type = errorOf("lead: {custom: {Region: {column: Region, type: string}}}");
		MappingError label = errorOf("lead: {addresses: [{label: home, city: Region}]}");

		assertThat(type.getMessage()).isEqualTo("unknown custom field type 'string'");
		assertThat(label.getMessage()).isEqualTo("unknown address label 'home'");
		assertThat(label.hint()).isEqualTo("use business, mailing, office or other");
	}

	@Test
	void refusesAFieldWithTwoSources() {
		assertThatExceptionOfType(MappingError.class)
			.isThrownBy(() -> mapper("lead: {name: {column: Company, constant: Acme}}"))
			.satisfies((error) -> assertThat(error.getMessage())
				.isEqualTo("'name' needs exactly one of 'column', 'columns' and 'constant'"));
	}

}
