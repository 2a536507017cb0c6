package closebatch.load;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import closebatch.checkpoint.CheckpointDatabase;
import closebatch.checkpoint.Ledger;
import closebatch.checkpoint.LedgerKey;
import closebatch.checkpoint.LedgerState;
import closebatch.close.ApiKey;
import closebatch.close.CloseClient;
import closebatch.close.CloseTarget;
import closebatch.close.TimeSource;
import closebatch.config.YamlLocation;
import closebatch.load.GroupResult.LeadChange;
import closebatch.mapping.ContactEmail;
import closebatch.mapping.ContactPhone;
import closebatch.mapping.ContactRecord;
import closebatch.mapping.CustomFieldSpec;
import closebatch.mapping.Identity;
import closebatch.mapping.LeadRecord;
import closebatch.mapping.MatchRule;
import closebatch.mapping.MappingMode;
import closebatch.report.RowAction;
import closebatch.report.RowOutcome;
import closebatch.sandbox.SandboxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writing leads exactly once against the sandbox: what each situation of the ledger
 * sends, and what each row ends as.
 */
class LeadLoaderTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private static final String TARGET = "http://sandbox.test/";

	private static final String JOB = "import-test";

	private static final Identity IDENTITY = new Identity("crm-accounts", List.of("Company"),
			List.of(new MatchRule.Key()));

	private static final CustomFieldSpec INDUSTRY = new CustomFieldSpec(CustomFieldSpec.Owner.LEAD, "Industry", true,
			"text", List.of(), new YamlLocation("mapping.yaml", 3, 5));

	@TempDir
	Path folder;

	private CheckpointDatabase database;

	private Ledger ledger;

	private CloseClient client;

	private CloseSchema schema;

	@BeforeEach
	void openLedgerAndResolveTheSchema() {
		this.database = CheckpointDatabase.open(this.folder.resolve("state.db"));
		this.ledger = new Ledger(this.database, Clock.systemUTC());
		this.client = CloseClient
			.builder(CloseTarget.of(sandbox.baseUrl().toString()), List.of(ApiKey.of(SandboxExtension.API_KEY)))
			.build();
		this.schema = new SchemaResolver(this.client, false).resolve(List.of(INDUSTRY));
	}

	@AfterEach
	void close() {
		this.database.close();
	}

	@Test
	void createsANewLeadWithItsContactsInOneRequestAndRecordsItDone() {
		GroupResult result = loader(MappingMode.UPSERT, Instant.now())
			.load(group("acme", lead(2, "Acme", "Qualified", contact("Ann", "ann@acme.test", null)),
					lead(3, "Acme", null, contact("Bob", "bob@acme.test", null))));

		assertThat(result.lead()).isEqualTo(LeadChange.CREATED);
		assertThat(result.contactsCreated()).isEqualTo(2);
		assertThat(result.outcomes()).extracting(RowOutcome::action).containsOnly(RowAction.CREATED);
		assertThat(writes()).containsExactly(Map.entry("POST /lead/", 1L));
		JsonNode lead = sandbox.client().get("lead/" + result.outcomes().get(0).leadId() + "/").ok();
		assertThat(lead.path("status_label").asString()).isEqualTo("Qualified");
		assertThat(lead.path("contacts").size()).isEqualTo(2);
		assertThat(lead.path("custom." + this.schema.keyFieldId()).asString()).isEqualTo("crm-accounts:acme");
		assertThat(this.ledger.find(key("acme")).orElseThrow().state()).isEqualTo(LedgerState.DONE);
		assertThat(result.outcomes().get(1).contactIds()).hasSize(1);
	}

	@Test
	void aGroupWrittenByAnEarlierRunWithTheSamePayloadSendsNothing() {
		LeadGroup group = group("acme", lead(2, "Acme", null, contact("Ann", "ann@acme.test", null)));
		loader(MappingMode.UPSERT, Instant.now()).load(group);
		sandbox.sandbox().requests().clear();

		GroupResult again = loader(MappingMode.UPSERT, Instant.now().plusSeconds(60)).load(group);

		assertThat(again.lead()).isEqualTo(LeadChange.UNCHANGED);
		assertThat(again.outcomes()).extracting(RowOutcome::action).containsOnly(RowAction.UNCHANGED);
		assertThat(sandbox.sandbox().requests().toJson().path("total").asLong()).isZero();
	}

	@Test
	void aChangedLeadIsUpdatedByAnotherRun() {
		loader(MappingMode.UPSERT, Instant.now()).load(group("acme", lead(2, "Acme", "Potential")));

		GroupResult changed = loader(MappingMode.UPSERT, Instant.now().plusSeconds(60))
			.load(group("acme", lead(2, "Acme", "Customer")));

		assertThat(changed.lead()).isEqualTo(LeadChange.UPDATED);
		assertThat(writes()).contains(Map.entry("PUT /lead/{id}/", 1L));
		JsonNode lead = sandbox.client().get("lead/" + changed.outcomes().get(0).leadId() + "/").ok();
		assertThat(lead.path("status_label").asString()).isEqualTo("Customer");
	}

	@Test
	void laterRowsOfAKeyInTheSameRunAddTheirContactsAndLeaveTheLeadAsTheFirstRowsWroteIt() {
		Instant runStart = Instant.now().minusSeconds(1);
		LeadLoader loader = loader(MappingMode.UPSERT, runStart);
		GroupResult first = loader
			.load(group("acme", lead(2, "Acme", "Potential", contact("Ann", "ann@acme.test", null))));

		GroupResult later = loader
			.load(group("acme", lead(900, "ACME Corp", "Customer", contact("Bob", "bob@acme.test", null))));

		assertThat(later.lead()).isEqualTo(LeadChange.NONE);
		assertThat(later.outcomes()).extracting(RowOutcome::action).containsExactly(RowAction.UPDATED);
		assertThat(later.outcomes().get(0).leadId()).isEqualTo(first.outcomes().get(0).leadId());
		JsonNode lead = sandbox.client().get("lead/" + first.outcomes().get(0).leadId() + "/").ok();
		assertThat(lead.path("display_name").asString()).isEqualTo("Acme");
		assertThat(lead.path("status_label").asString()).isEqualTo("Potential");
		assertThat(lead.path("contacts").findValuesAsString("name")).containsExactlyInAnyOrder("Ann", "Bob");
	}

	@Test
	void aPendingCreateThatReachedCloseIsFoundByItsKeyAndNotPostedAgain() {
		LeadGroup group = group("acme", lead(2, "Acme", null, contact("Ann", "ann@acme.test", null)));
		GroupResult created = loader(MappingMode.UPSERT, Instant.now()).load(group);
		String hash = this.ledger.find(key("acme")).orElseThrow().payloadHash();
		// A process killed after sending the create leaves the entry pending, without an
		// id.
		this.database.close();
		new java.io.File(this.folder.resolve("state.db").toString()).delete();
		this.database = CheckpointDatabase.open(this.folder.resolve("state.db"));
		this.ledger = new Ledger(this.database, Clock.systemUTC());
		this.ledger.markPending(key("acme"), hash);
		sandbox.sandbox().requests().clear();

		GroupResult resolved = loader(MappingMode.UPSERT, Instant.now()).load(group);

		assertThat(resolved.outcomes().get(0).leadId()).isEqualTo(created.outcomes().get(0).leadId());
		assertThat(resolved.outcomes().get(0).contactIds()).isEqualTo(created.outcomes().get(0).contactIds());
		// Found, not posted: what was sent is written again with idempotent PUTs only.
		assertThat(writes()).doesNotContainKeys("POST /lead/", "POST /contact/");
		assertThat(sandbox.client().get("lead/").ok().path("data").size()).isEqualTo(1);
		assertThat(this.ledger.find(key("acme")).orElseThrow().closeId()).isEqualTo(created.outcomes().get(0).leadId());
	}

	@Test
	void aPendingCreateThatNeverReachedCloseIsCreated() {
		this.ledger.markPending(key("acme"), "hash-of-a-create-that-was-never-sent");

		GroupResult result = loader(MappingMode.UPSERT, Instant.now()).load(group("acme", lead(2, "Acme", null)));

		assertThat(result.lead()).isEqualTo(LeadChange.CREATED);
		assertThat(writes()).containsEntry("POST /lead/", 1L);
	}

	@Test
	void aContactSomeoneAddedInCloseIsMatchedByEmailBeforeOneIsAdded() {
		GroupResult created = loader(MappingMode.UPSERT, Instant.now()).load(group("acme", lead(2, "Acme", null)));
		String leadId = created.outcomes().get(0).leadId();
		sandbox.client()
			.post("contact/",
					Map.of("lead_id", leadId, "name", "Ann A.", "emails", List.of(Map.of("email", "ANN@acme.test"))))
			.ok();
		sandbox.sandbox().requests().clear();

		GroupResult result = loader(MappingMode.UPSERT, Instant.now().plusSeconds(60))
			.load(group("acme", lead(2, "Acme", null, contact("Ann", "ann@acme.test", null))));

		assertThat(result.contactsCreated()).isZero();
		assertThat(result.contactsUpdated()).isEqualTo(1);
		assertThat(writes()).containsOnlyKeys("PUT /contact/{id}/");
		assertThat(sandbox.client().get("lead/" + leadId + "/").ok().path("contacts").size()).isEqualTo(1);
	}

	@Test
	void twoPeopleBehindOneOfficeNumberStayTwoContacts() {
		Instant runStart = Instant.now().minusSeconds(1);
		LeadLoader loader = loader(MappingMode.UPSERT, runStart);
		loader.load(group("acme", lead(2, "Acme", null, contact("Ann", "ann@acme.test", "+14155550100"))));

		GroupResult later = loader
			.load(group("acme", lead(50, "Acme", null, contact("Bob", "bob@acme.test", "+14155550100"))));

		assertThat(later.contactsCreated()).isEqualTo(1);
		JsonNode lead = sandbox.client().get("lead/" + later.outcomes().get(0).leadId() + "/").ok();
		assertThat(lead.path("contacts").findValuesAsString("name")).containsExactlyInAnyOrder("Ann", "Bob");
	}

	@Test
	void aContactCloseRefusesRejectsOnlyTheRowsItCameFrom() {
		List<ContactEmail> tooMany = java.util.stream.IntStream.range(0, 101)
			.mapToObj((i) -> new ContactEmail("bob" + i + "@acme.test", "office"))
			.toList();
		ContactRecord bob = new ContactRecord("Bob", null, tooMany, List.of(), List.of(), Map.of());

		GroupResult result = loader(MappingMode.UPSERT, Instant.now()).load(group("acme",
				lead(2, "Acme", null, contact("Ann", "ann@acme.test", null)), lead(3, "Acme", null, bob)));

		assertThat(result.lead()).isEqualTo(LeadChange.CREATED);
		assertThat(result.outcomes()).extracting(RowOutcome::action)
			.containsExactly(RowAction.CREATED, RowAction.REJECTED);
		assertThat(result.outcomes().get(1).error().code()).isEqualTo(LoadError.REFUSED_BY_CLOSE.code());
		assertThat(result.outcomes().get(1).leadId()).isEqualTo(result.outcomes().get(0).leadId());
	}

	@Test
	void anUnknownStatusRejectsTheRowsWithTheStatusesThereAre() {
		GroupResult result = loader(MappingMode.UPSERT, Instant.now()).load(group("acme", lead(2, "Acme", "Hot")));

		assertThat(result.outcomes()).extracting(RowOutcome::action).containsExactly(RowAction.REJECTED);
		assertThat(result.outcomes().get(0).error().reason()).contains("'Hot'").contains("Potential");
		assertThat(writes()).isEmpty();
	}

	@Test
	void createModeSkipsAKeyAnEarlierRunCreated() {
		loader(MappingMode.CREATE, Instant.now()).load(group("acme", lead(2, "Acme", null)));

		GroupResult again = loader(MappingMode.CREATE, Instant.now().plusSeconds(60))
			.load(group("acme", lead(2, "Acme Changed", null)));

		assertThat(again.outcomes()).extracting(RowOutcome::action).containsExactly(RowAction.SKIPPED);
		assertThat(again.outcomes().get(0).error().code()).isEqualTo(LoadError.ALREADY_CREATED.code());
	}

	@Test
	void updateModeRejectsAKeyNoRunCreated() {
		GroupResult result = loader(MappingMode.UPDATE, Instant.now()).load(group("acme", lead(2, "Acme", null)));

		assertThat(result.outcomes()).extracting(RowOutcome::action).containsExactly(RowAction.REJECTED);
		assertThat(result.outcomes().get(0).error().code()).isEqualTo(LoadError.NO_SUCH_LEAD.code());
		assertThat(writes()).isEmpty();
	}

	@Test
	void aLeadDeletedInCloseIsCreatedAgainAndItsContactsWithIt() {
		LeadGroup group = group("acme", lead(2, "Acme", "Potential", contact("Ann", "ann@acme.test", null)));
		String deleted = loader(MappingMode.UPSERT, Instant.now()).load(group).outcomes().get(0).leadId();
		sandbox.client().delete("lead/" + deleted + "/").ok();

		GroupResult again = loader(MappingMode.UPSERT, Instant.now().plusSeconds(60))
			.load(group("acme", lead(2, "Acme", "Customer", contact("Ann", "ann@acme.test", null))));

		assertThat(again.lead()).isEqualTo(LeadChange.CREATED);
		assertThat(again.outcomes().get(0).leadId()).isNotEqualTo(deleted);
		JsonNode lead = sandbox.client().get("lead/" + again.outcomes().get(0).leadId() + "/").ok();
		assertThat(lead.path("contacts").findValuesAsString("name")).containsExactly("Ann");
		assertThat(this.ledger.findContacts(key("acme"))).singleElement()
			.satisfies((contact) -> assertThat(contact.contactId())
				.isEqualTo(lead.path("contacts").get(0).path("id").asString()));
	}

	@Test
	void updateModeRejectsTheRowsOfALeadDeletedInClose() {
		String deleted = loader(MappingMode.UPSERT, Instant.now()).load(group("acme", lead(2, "Acme", "Potential")))
			.outcomes()
			.get(0)
			.leadId();
		sandbox.client().delete("lead/" + deleted + "/").ok();

		GroupResult result = loader(MappingMode.UPDATE, Instant.now().plusSeconds(60))
			.load(group("acme", lead(2, "Acme", "Customer")));

		assertThat(result.outcomes()).extracting(RowOutcome::action).containsExactly(RowAction.REJECTED);
		assertThat(result.outcomes().get(0).error().code()).isEqualTo(LoadError.NO_SUCH_LEAD.code());
		assertThat(sandbox.client().get("lead/").ok().path("data").size()).isZero();
	}

	@Test
	void aContactDeletedInCloseIsAddedAgainWhenItsRowChanges() {
		GroupResult first = loader(MappingMode.UPSERT, Instant.now())
			.load(group("acme", lead(2, "Acme", null, contact("Ann", "ann@acme.test", null))));
		sandbox.client().delete("contact/" + first.outcomes().get(0).contactIds().get(0) + "/").ok();

		GroupResult again = loader(MappingMode.UPSERT, Instant.now().plusSeconds(60))
			.load(group("acme", lead(2, "Acme", null, contact("Ann", "ann@acme.test", "+14155550100"))));

		assertThat(again.outcomes()).extracting(RowOutcome::action).containsExactly(RowAction.UPDATED);
		JsonNode lead = sandbox.client().get("lead/" + first.outcomes().get(0).leadId() + "/").ok();
		assertThat(lead.path("contacts").findValuesAsString("name")).containsExactly("Ann");
	}

	private LeadLoader loader(MappingMode mode, Instant runStart) {
		return new LeadLoader(this.client, this.ledger, this.schema, new LeadLoader.Settings(TARGET, JOB, JOB + ":1",
				IDENTITY, mode, runStart, Duration.ZERO, Clock.systemUTC(), TimeSource.system()));
	}

	private Map<String, Long> writes() {
		Map<String, Long> writes = new java.util.TreeMap<>();
		sandbox.sandbox().requests().toJson().path("by_route").properties().forEach((entry) -> {
			if (!entry.getKey().startsWith("GET ") && !entry.getKey().startsWith("POST /data/search/")
					&& !entry.getKey().startsWith("POST /custom_field/")) {
				writes.put(entry.getKey(), entry.getValue().asLong());
			}
		});
		return writes;
	}

	private static LedgerKey key(String recordKey) {
		return new LedgerKey(TARGET, IDENTITY.namespace(), recordKey);
	}

	private static LeadGroup group(String key, LeadRecord... rows) {
		return LeadGroup.of(new RecordKey(IDENTITY.namespace(), key), List.of(rows));
	}

	private static LeadRecord lead(long row, String name, String status, ContactRecord... contacts) {
		return new LeadRecord(List.of(row), name.toLowerCase(java.util.Locale.ROOT).split(" ")[0], name, null, null,
				status, List.of(), Map.of("Industry", List.of("Software")), List.of(contacts));
	}

	private static ContactRecord contact(String name, String email, String phone) {
		return new ContactRecord(name, null, List.of(new ContactEmail(email, "office")),
				(phone != null) ? List.of(new ContactPhone(phone, "office")) : List.of(), List.of(), Map.of());
	}

}
