package closebatch.setup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import closebatch.close.ApiKey;
import closebatch.close.CloseClient;
import closebatch.close.CloseTarget;
import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.http.FaultSettings;
import closebatch.sandbox.resource.OrganizationSeed;
import closebatch.setup.SetupChange.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #14: an organization's setup exported to a file, planned and applied to another
 * organization by name, idempotently.
 */
class SetupAsCodeTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	static final Path SAMPLE = Path.of("samples/setup.yaml");

	@Test
	void anExportAppliedToAnEmptyOrganizationExportsAgainAsTheSameFile(@TempDir Path dir) throws Exception {
		OrganizationBuiltByHand.build(sandbox.client());
		String exported = SetupFile.write(SetupInClose.read(client()));
		assertThat(exported).contains("Renewals", "Tier", "Regional Manager", "Churn Risk", "archived: true",
				"custom-activity-type: Quarterly Review", "required: true", "multiple-values: true");

		OrganizationSeed.reset(sandbox.sandbox().store());
		Path file = Files.writeString(dir.resolve("setup.yaml"), exported);
		SetupOutcome applied = SetupApply.apply(client(), SetupFile.read(file), false, (change) -> {
		});

		assertThat(applied.blocked()).as("%s", applied.changes()).isFalse();
		assertThat(SetupFile.write(SetupInClose.read(client()))).isEqualTo(exported);
	}

	@Test
	void anApplyAfterAnApplySendsOnlyReads() {
		SetupOutcome first = apply(SAMPLE);
		assertThat(first.counts()).containsEntry("create", 18).containsEntry("unchanged", 8);
		sandbox.sandbox().requests().clear();

		SetupOutcome second = apply(SAMPLE);

		assertThat(second.changes()).isEmpty();
		assertThat(second.unchanged()).isEqualTo(26);
		assertThat(writes()).isEmpty();
	}

	@Test
	void aPlanWritesNothingAndListsWhatTheApplyThenDoes() {
		String before = SetupFile.write(SetupInClose.read(client()));

		SetupOutcome plan = SetupApply.plan(client(), SetupFile.read(SAMPLE), false);

		assertThat(writes()).isEmpty();
		assertThat(SetupFile.write(SetupInClose.read(client()))).isEqualTo(before);
		SetupOutcome applied = apply(SAMPLE);
		assertThat(applied.changes().stream().map(SetupChange::describe))
			.containsExactlyElementsOf(plan.changes().stream().map(SetupChange::describe).toList());
	}

	@Test
	void createsWhoseAnswersAreLostAreLookedUpNotSentAgain() {
		String reference = appliedToAnEmptyOrganization(SAMPLE);
		sandbox.faults(new FaultSettings(0, Map.of(), 0.3, 0, 0, 7L));

		apply(SAMPLE);

		sandbox.faults(FaultSettings.none());
		assertThat(SetupFile.write(SetupInClose.read(client()))).isEqualTo(reference);
	}

	@Test
	void renamesOnlyWhatTheFileSaysWasRenamedAndAddsChoicesWithoutRemovingAny(@TempDir Path dir) throws Exception {
		apply(SAMPLE);
		Path file = Files.writeString(dir.resolve("setup.yaml"), """
				custom-fields:
				  contact:
				    - name: Language
				      renamed-from: Preferred Language
				      choices: [English, Italian]
				lead-statuses:
				  - label: Former Customer
				    renamed-from: Churned
				  - Prospect
				""");

		SetupOutcome outcome = apply(file);

		assertThat(outcome.changes().stream().map(SetupChange::describe)).containsExactly(
				"rename   lead status \"Former Customer\": from \"Churned\"", "create   lead status \"Prospect\"",
				"update   contact custom field \"Language\": from \"Preferred Language\", choices + Italian");
		Setup now = SetupInClose.read(client());
		assertThat(now.leadStatuses().stream().map(Setup.Status::name)).containsExactly("Potential", "Bad Fit",
				"Qualified", "Customer", "Former Customer", "Prospect");
		assertThat(now.fields(Setup.FieldScope.CONTACT).get(0).choices()).containsExactly("English", "French", "German",
				"Spanish", "Italian");
	}

	@Test
	void aPipelineTakesTheOrderOfItsStatusesFromTheFile(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("setup.yaml"), """
				pipelines:
				  - name: Sales
				    statuses:
				      - {label: Won, type: won}
				      - {label: Negotiation}
				      - {label: Active}
				""");

		apply(file);

		assertThat(SetupInClose.read(client()).pipelines().get(0).statuses().stream().map(Setup.Status::name))
			.containsExactly("Won", "Negotiation", "Active", "Lost");
		assertThat(apply(file).changes()).isEmpty();
	}

	@Test
	void aTypeCloseCannotChangeInPlaceIsAConflictAndTheRestIsApplied(@TempDir Path dir) throws Exception {
		apply(SAMPLE);
		Path file = Files.writeString(dir.resolve("setup.yaml"), """
				custom-fields:
				  lead:
				    - name: Employees
				      type: text
				    - name: Region
				      type: text
				""");

		SetupOutcome outcome = apply(file);

		assertThat(outcome.blocked()).isTrue();
		assertThat(outcome.changes().stream().map(SetupChange::describe))
			.containsExactly(
					"conflict lead custom field \"Employees\": the file says type text, the organization has number; "
							+ "change it in Close or rename one of them",
					"create   lead custom field \"Region\": text");
	}

	@Test
	void pruneDeletesWhatTheFileDoesNotNameButNeverWhatRecordsHold(@TempDir Path dir) throws Exception {
		apply(SAMPLE);
		JsonNode customer = sandbox.client()
			.get("status/lead/")
			.body()
			.path("data")
			.values()
			.stream()
			.filter((status) -> status.path("label").asString().equals("Customer"))
			.findFirst()
			.orElseThrow();
		String industry = SetupInClose.read(client()).fields(Setup.FieldScope.LEAD).get(2).id();
		sandbox.client()
			.post("lead/",
					Map.of("name", "Acme", "status_id", customer.path("id").asString(), "custom." + industry, "Retail"))
			.ok();
		Path file = Files.writeString(dir.resolve("setup.yaml"), """
				custom-fields:
				  lead:
				    - name: Employees
				lead-statuses: [Potential, Qualified]
				sms-templates:
				  - name: Onboarding reminder
				""");

		SetupOutcome plan = SetupApply.plan(client(), SetupFile.read(file), true);
		SetupOutcome outcome = apply(file, true);

		assertThat(outcome.changes().stream().map(SetupChange::describe))
			.containsExactlyElementsOf(plan.changes().stream().map(SetupChange::describe).toList());
		assertThat(outcome.changes().stream().map(SetupChange::describe)).containsExactlyInAnyOrder(
				"delete   lead status \"Bad Fit\"",
				"refused  lead status \"Customer\": still held by leads such as Acme (" + lead("Acme") + ")",
				"delete   lead status \"Churned\"", "delete   lead custom field \"Customer Since\"",
				"refused  lead custom field \"Industry\": still held by leads such as Acme (" + lead("Acme") + ")");
		assertThat(SetupInClose.read(client()).leadStatuses().stream().map(Setup.Status::name))
			.containsExactly("Potential", "Qualified", "Customer");
	}

	private static String lead(String name) {
		return sandbox.client()
			.get("lead/")
			.body()
			.path("data")
			.values()
			.stream()
			.filter((lead) -> lead.path("display_name").asString().equals(name))
			.findFirst()
			.orElseThrow()
			.path("id")
			.asString();
	}

	/** The export of an empty organization after the file was applied to it. */
	private static String appliedToAnEmptyOrganization(Path file) {
		apply(file);
		String reference = SetupFile.write(SetupInClose.read(client()));
		OrganizationSeed.reset(sandbox.sandbox().store());
		return reference;
	}

	private static SetupOutcome apply(Path file) {
		return apply(file, false);
	}

	private static SetupOutcome apply(Path file, boolean prune) {
		return SetupApply.apply(client(), SetupFile.read(file), prune, (change) -> {
		});
	}

	/** The write requests the sandbox received, by route. */
	private static List<String> writes() {
		return sandbox.sandbox()
			.requests()
			.toJson()
			.path("by_route")
			.properties()
			.stream()
			.map(Map.Entry::getKey)
			.filter((route) -> !route.startsWith("GET "))
			.toList();
	}

	private static CloseClient client() {
		return client(sandbox);
	}

	/** A closebatch client of a test's sandbox. */
	static CloseClient client(SandboxExtension sandbox) {
		return CloseClient
			.builder(CloseTarget.of(sandbox.baseUrl().toString()), List.of(ApiKey.of(SandboxExtension.API_KEY)))
			.build();
	}

	/**
	 * An organization with something of every kind a setup holds, made through the API.
	 */
	static final class OrganizationBuiltByHand {

		static void build(SandboxClient api) {
			api.post("status/lead/", Map.of("label", "Churn Risk")).ok();
			String renewals = api
				.post("pipeline/", Map.of("name", "Renewals", "statuses",
						List.of(Map.of("label", "Up for renewal", "type", "active"),
								Map.of("label", "Renewed", "type", "won"), Map.of("label", "Churned", "type", "lost"))))
				.ok()
				.path("id")
				.asString();
			api.post("status/opportunity/", Map.of("pipeline_id", renewals, "label", "Negotiating", "type", "active"))
				.ok();
			api.post("custom_field/lead/", Map.of("name", "Tier", "type", "choices", "choices",
					List.of("Gold", "Silver", "Bronze"), "description", "Support tier"))
				.ok();
			api.post("custom_field/lead/",
					Map.of("name", "Regional Manager", "type", "user", "accepts_multiple_values", true))
				.ok();
			api.post("custom_field/contact/", Map.of("name", "Birthday", "type", "date")).ok();
			api.post("custom_field/opportunity/", Map.of("name", "Signed On", "type", "datetime")).ok();
			String review = api
				.post("custom_activity/",
						Map.of("name", "Quarterly Review", "description", "Every quarter", "api_create_only", true))
				.ok()
				.path("id")
				.asString();
			api.post("custom_field/activity/",
					Map.of("name", "Score", "type", "number", "custom_activity_type_id", review, "required", true))
				.ok();
			api.post("custom_field/activity/",
					Map.of("name", "Notes", "type", "textarea", "custom_activity_type_id", review))
				.ok();
			String owner = api.post("custom_field/shared/", Map.of("name", "Account Owner", "type", "text"))
				.ok()
				.path("id")
				.asString();
			api.post("custom_field/shared/" + owner + "/association/", Map.of("object_type", "lead")).ok();
			api.post("custom_field/shared/" + owner + "/association/",
					Map.of("object_type", "custom_activity_type", "custom_activity_type_id", review, "required", true))
				.ok();
			api.post("email_template/", Map.of("name", "Renewal notice", "subject", "Your renewal", "body",
					"<p>Hello {{ contact.first_name }}</p>", "is_shared", true, "is_archived", true))
				.ok();
			String sms = api.post("sms_template/", Map.of("name", "Renewal SMS", "text", "Time to renew!"))
				.ok()
				.path("id")
				.asString();
			api.put("sms_template/" + sms + "/", Map.of("status", "archived")).ok();
		}

	}

}
