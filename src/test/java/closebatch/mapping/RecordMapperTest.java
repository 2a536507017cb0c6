package closebatch.mapping;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The shipped {@code mappings/leads.yaml} over a realistic CRM export
 * ({@code mapping/crm-export/leads.csv}): one row per contact, several rows per company.
 */
class RecordMapperTest {

	private static final Path SCENARIO = Path.of("src/test/resources/mapping/crm-export");

	private final CsvRows input;

	private final RecordMapper mapper;

	private final List<MappedRow> mapped;

	RecordMapperTest() throws IOException {
		this.input = CsvRows.read(SCENARIO.resolve("leads.csv"));
		this.mapper = (RecordMapper) MappingLoader.load(Path.of("mappings/leads.yaml"), this.input.headers());
		this.mapped = this.input.mapAll(this.mapper);
	}

	@Test
	void mapsARowToALeadWithItsAddressCustomValuesAndContact() {
		LeadRecord acme = (LeadRecord) this.mapped.get(0);

		assertThat(acme.rowNumbers()).containsExactly(2L);
		assertThat(acme.key()).isEqualTo("acme corp");
		assertThat(acme.name()).isEqualTo("Acme Corp");
		assertThat(acme.url()).isEqualTo("https://acme.com");
		assertThat(acme.description()).isEqualTo("Anvils and rockets");
		assertThat(acme.statusLabel()).isEqualTo("Customer");
		assertThat(acme.addresses())
			.containsExactly(new AddressRecord("business", "1 Desert Rd", null, "Phoenix", "AZ", "85001", "US"));
		assertThat(acme.custom()).containsExactly(Map.entry("Industry", List.of("Manufacturing")),
				Map.entry("Employees", List.of("1200")), Map.entry("Customer Since", List.of("2019-03-15")));
		assertThat(acme.contacts()).containsExactly(new ContactRecord("Wile Coyote", "Head of Procurement",
				List.of(new ContactEmail("wile@acme.com", "office"), new ContactEmail("wile.e@acme.com", "office")),
				List.of(new ContactPhone("+14155550132", "office")),
				List.of(new ContactUrl("https://linkedin.com/in/wile", "url")), Map.of()));
	}

	@Test
	void leavesOutWhatARowDoesNotGiveAndAppliesDefaults() {
		LeadRecord second = (LeadRecord) this.mapped.get(1);

		assertThat(second.url()).isNull();
		assertThat(second.statusLabel()).as("what an update writes").isNull();
		assertThat(second.rules().createOnlyValue("status")).as("what a create writes").isEqualTo("Potential");
		assertThat(second.addresses()).isEmpty();
		assertThat(second.custom()).isEmpty();
		assertThat(second.contacts()).singleElement()
			.satisfies((contact) -> assertThat(contact.phones())
				.containsExactly(new ContactPhone("+14155550199", "mobile")));
	}

	@Test
	void mapsAStatusThroughTheValueMapAndKeepsACountryCode() {
		LeadRecord globex = (LeadRecord) this.mapped.get(2);

		assertThat(globex.statusLabel()).isEqualTo("Potential");
		assertThat(globex.url()).isEqualTo("https://globex.example.org");
		assertThat(globex.addresses())
			.containsExactly(new AddressRecord("business", null, null, null, null, null, "CA"));
		assertThat(globex.custom()).containsEntry("Customer Since", List.of("2021-06-01"));
	}

	@Test
	void rejectsRowsWithTheColumnAndTheReason() {
		assertThat(this.mapped.subList(3, 6)).containsExactly(
				new Rejection(5, "Email", "'peter at initech' is not a valid email address"),
				new Rejection(6, "Status", "'Undecided' is not one of the values the mapping lists"),
				new Rejection(7, "Company", "the key is empty, so the row cannot be matched to a lead"));
	}

	@Test
	void rowsWithTheSameNormalisedKeyBecomeOneLeadWithTheirContacts() {
		List<LeadRecord> leads = LeadGrouping
			.group(this.mapped.stream().filter(LeadRecord.class::isInstance).map(LeadRecord.class::cast).toList());

		assertThat(leads).extracting(LeadRecord::name).containsExactly("Acme Corp", "Globex");
		LeadRecord acme = leads.get(0);
		assertThat(acme.rowNumbers()).containsExactly(2L, 3L);
		assertThat(acme.statusLabel()).isEqualTo("Customer");
		assertThat(acme.contacts()).extracting(ContactRecord::name).containsExactly("Wile Coyote", "Road Runner");
	}

	@Test
	void exposesModeKeyAndCustomFieldsForTheLoadStage() {
		assertThat(this.mapper.mode()).isEqualTo(MappingMode.UPSERT);
		assertThat(this.mapper.keyColumns()).containsExactly("Company");
		assertThat(this.mapper.source()).isEqualTo(Path.of("mappings/leads.yaml").toString());
		assertThat(this.mapper.customFields())
			.extracting(CustomFieldSpec::owner, CustomFieldSpec::name, CustomFieldSpec::createMissing,
					CustomFieldSpec::type)
			.containsExactly(tuple(CustomFieldSpec.Owner.LEAD, "Industry", true, "text"),
					tuple(CustomFieldSpec.Owner.LEAD, "Employees", true, "number"),
					tuple(CustomFieldSpec.Owner.LEAD, "Customer Since", true, "date"));
		assertThat(this.mapper.customFields().get(2).location().line())
			.as("the line that names the field, for errors about it")
			.isPositive();
	}

}
