package closebatch.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import closebatch.close.CloseClient;
import closebatch.close.Query;
import closebatch.config.OutputFormat;
import closebatch.config.OutputSpec;
import closebatch.mapping.ContactEmail;
import closebatch.mapping.ContactPhone;
import closebatch.mapping.ContactRecord;
import closebatch.mapping.LeadGrouping;
import closebatch.mapping.LeadRecord;
import closebatch.mapping.MappedRow;
import closebatch.mapping.MappingLoader;
import closebatch.mapping.RecordMapper;
import closebatch.sandbox.SandboxExtension;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mapping an export writes reads its file back into the leads it came from: the
 * import's mapper turns the exported rows into lead records equal to the source leads in
 * every exported field.
 */
class ExportRoundTripTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@TempDir
	Path dir;

	private CloseClient client;

	@BeforeEach
	void seed() {
		SeededLeads.seed(sandbox.sandbox(), 6, 1);
		this.client = ExportHarness.client(sandbox.baseUrl(), SandboxExtension.API_KEY, ExportHarness.QUICK);
	}

	@ParameterizedTest(name = "explode contacts: {0}, escape formulas: {1}")
	@CsvSource({ "false, false", "true, false", "false, true" })
	void mapsTheExportedRowsBackIntoTheSourceLeads(boolean explode, boolean escape) throws Exception {
		OutputSpec output = new OutputSpec(Path.of("leads.csv"), OutputFormat.CSV, explode, escape, ";", 3, 2);
		ExportHarness.run(ExportHarness.job(ExportHarness.ALL_LEADS, "lead", List.of(), output), this.client,
				this.dir.resolve("state.db"), this.dir, ExportTuning.DEFAULTS);

		List<CSVRecord> rows = ExportHarness.csv(this.dir.resolve("leads.csv"));
		List<String> headers = rows.get(0).getParser().getHeaderNames();
		RecordMapper mapper = (RecordMapper) MappingLoader.load(this.dir.resolve("leads.csv.mapping.yaml"), headers);
		List<LeadRecord> mapped = new ArrayList<>();
		for (CSVRecord row : rows) {
			Map<String, String> cells = new LinkedHashMap<>(row.toMap());
			MappedRow result = mapper.map(row.getRecordNumber() + 1, cells);
			assertThat(result).as("row %d", row.getRecordNumber()).isInstanceOf(LeadRecord.class);
			mapped.add((LeadRecord) result);
		}
		List<LeadRecord> leads = LeadGrouping.group(mapped);

		assertThat(leads).hasSize(6);
		Map<String, JsonNode> sources = new LinkedHashMap<>();
		this.client.listAll("lead/", Query.empty()).forEach((lead) -> sources.put(lead.path("name").asString(), lead));
		for (LeadRecord lead : leads) {
			JsonNode source = sources.get(lead.name());
			assertThat(source).as(lead.name()).isNotNull();
			assertThat(lead.key()).isEqualTo(source.path("id").asString().toLowerCase(java.util.Locale.ROOT));
			assertThat(lead.name()).isEqualTo(source.path("name").asString());
			assertThat(lead.url()).isEqualTo(source.path("url").asString());
			// The mapping undoes the escaping: the value comes back as Close held it.
			assertThat(lead.description()).isEqualTo(source.path("description").asString());
			assertThat(lead.statusLabel()).isEqualTo(source.path("status_label").asString());
			assertThat(lead.addresses()).singleElement()
				.satisfies((address) -> assertThat(address.city()).isEqualTo("Springfield"));
			assertThat(lead.custom().get("Segment")).containsExactly(customValue(source, "Segment"));
			assertThat(lead.custom().get("Tags")).containsExactly("red", "blue");
			assertThat(lead.contacts()).extracting(ContactRecord::name).containsExactly("Ann", "Bob");
			assertThat(lead.contacts().get(0).emails()).extracting(ContactEmail::email).containsExactly("ann@t.test");
			assertThat(lead.contacts().get(0).phones()).extracting(ContactPhone::phone).containsExactly("+14155550100");
			assertThat(lead.contacts().get(0).title()).isEqualTo("CEO");
			assertThat(lead.contacts().get(0).custom().get("Role")).containsExactly("Founder");
			assertThat(lead.contacts().get(1).custom().get("Role")).isNullOrEmpty();
		}
	}

	private String customValue(JsonNode lead, String name) {
		JsonNode schema = this.client.get("custom_field_schema/lead/");
		for (JsonNode field : schema.path("fields").values()) {
			if (field.path("name").asString().equals(name)) {
				return lead.path("custom." + field.path("id").asString()).asString();
			}
		}
		throw new AssertionError("no custom field " + name);
	}

}
