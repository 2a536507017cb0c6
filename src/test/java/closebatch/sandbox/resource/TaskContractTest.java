package closebatch.sandbox.resource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.http.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasks, as the docs' "Tasks" section (docs/003) and the task examples of Close's OpenAPI
 * document describe them.
 */
class TaskContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	@Test
	void createsALeadTaskAssignedToTheCallerInClosesShape() {
		String leadId = lead("Wayne Enterprises");

		ObjectNode task = this.close
			.post("task/", Map.of("lead_id", leadId, "text", "Connect with Account Manager", "date", "2013-02-06"))
			.ok();

		assertThat(task.get("id").asString()).startsWith("task_");
		assertThat(task.get("_type").asString()).isEqualTo("lead");
		assertThat(task.get("lead_name").asString()).isEqualTo("Wayne Enterprises");
		assertThat(task.get("text").asString()).isEqualTo("Connect with Account Manager");
		assertThat(task.get("date").asString()).isEqualTo("2013-02-06");
		assertThat(task.get("due_date").asString()).isEqualTo("2013-02-06");
		assertThat(task.get("is_dateless").asBoolean()).isFalse();
		assertThat(task.get("is_complete").asBoolean()).isFalse();
		assertThat(task.get("assigned_to").asString()).isEqualTo(me().get("id").asString());
		assertThat(task.get("assigned_to_name").asString()).isEqualTo("Sandbox Admin");
		assertThat(task.get("created_by_name").asString()).isEqualTo("Sandbox Admin");
		assertThat(task.get("object_type").isNull()).isTrue();
		assertThat(task.get("object_id").isNull()).isTrue();
		assertThat(task.get("contact_id").isNull()).isTrue();
		assertThat(task.get("view").asString()).isEqualTo("inbox");
		assertThat(task.get("date_created").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*\\+00:00");
	}

	/**
	 * Docs: "Currently only tasks of type lead can be created"; the OpenAPI adds
	 * outgoing_call.
	 */
	@Test
	void createsOutgoingCallTasksForAContactOfTheLeadAndNoOtherType() {
		String leadId = lead("Acme");
		String contactId = contact(leadId, "Jane Smith");

		ObjectNode call = this.close
			.post("task/", Map.of("_type", "outgoing_call", "lead_id", leadId, "contact_id", contactId))
			.ok();
		SandboxClient.Response withoutContact = this.close.post("task/",
				Map.of("_type", "outgoing_call", "lead_id", leadId));
		SandboxClient.Response missedCall = this.close.post("task/",
				Map.of("_type", "missed_call", "lead_id", leadId, "text", "x"));

		assertThat(call.get("_type").asString()).isEqualTo("outgoing_call");
		assertThat(call.get("contact_name").asString()).isEqualTo("Jane Smith");
		assertThat(call.get("text").isNull()).isTrue();
		assertThat(withoutContact.status()).isEqualTo(400);
		assertThat(withoutContact.body().at("/field-errors/contact_id").asString())
			.isEqualTo("This field is required.");
		assertThat(missedCall.status()).isEqualTo(400);
		assertThat(missedCall.body().at("/field-errors").has("_type")).isTrue();
	}

	@Test
	void refusesATaskWithoutAnExistingLeadOrTextOrWithABadDateOrAssignee() {
		String leadId = lead("Acme");

		SandboxClient.Response noLead = this.close.post("task/", Map.of("text", "Call"));
		SandboxClient.Response unknownLead = this.close.post("task/", Map.of("lead_id", "lead_nope", "text", "Call"));
		SandboxClient.Response invalid = this.close.post("task/",
				Map.of("lead_id", leadId, "date", "next tuesday", "assigned_to", "user_nope"));

		assertThat(noLead.status()).isEqualTo(400);
		assertThat(noLead.body().at("/field-errors/lead_id").asString()).isEqualTo("This field is required.");
		assertThat(unknownLead.body().at("/field-errors/lead_id").asString()).contains("does not exist");
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.body().get("field-errors").propertyNames()).contains("text", "date", "assigned_to");
		assertThat(this.close.get("task/").ok().get("total_results").asInt()).isZero();
	}

	@Test
	void keepsDateTimesInUtcAndMakesTasksWithoutADateDateless() {
		String leadId = lead("Acme");

		ObjectNode dated = task(leadId, "Dated", "2015-01-10T05:00:00-08:00");
		ObjectNode dateless = this.close.post("task/", Map.of("lead_id", leadId, "text", "Whenever")).ok();
		SandboxClient.Response both = this.close.post("task/",
				Map.of("lead_id", leadId, "text", "x", "date", "2015-01-10", "is_dateless", true));

		assertThat(dated.get("date").asString()).isEqualTo("2015-01-10T13:00:00+00:00");
		assertThat(dateless.get("date").isNull()).isTrue();
		assertThat(dateless.get("is_dateless").asBoolean()).isTrue();
		assertThat(both.body().at("/field-errors/is_dateless").isString()).isTrue();
	}

	/** Docs: "When not filtering by _type, only tasks of lead type are returned." */
	@Test
	void listsLeadTasksUnlessTheTypeFilterSaysOtherwise() {
		String leadId = lead("Acme");
		ObjectNode leadTask = task(leadId, "Lead task", "2015-01-10");
		ObjectNode callTask = this.close
			.post("task/", Map.of("_type", "outgoing_call", "lead_id", leadId, "contact_id", contact(leadId, "Jane")))
			.ok();

		assertThat(ids(this.close.get("task/").ok())).containsExactly(id(leadTask));
		assertThat(ids(this.close.get("task/?_type=all").ok())).containsExactlyInAnyOrder(id(leadTask), id(callTask));
		assertThat(ids(this.close.get("task/?_type__in=outgoing_call,missed_call").ok())).containsExactly(id(callTask));
		assertThat(ids(this.close.get("task/?_type=outgoing_call").ok())).containsExactly(id(callTask));
		assertThat(this.close.get("task/?_type=Lead").body().at("/field-errors/_type").isString()).isTrue();
	}

	@Test
	void filtersByIdLeadCompletionAndAssignee() {
		String acme = lead("Acme");
		String bluth = lead("Bluth");
		String other = otherUser();
		ObjectNode first = task(acme, "First", "2015-01-10");
		ObjectNode second = task(acme, "Second", "2015-01-11");
		ObjectNode third = this.close
			.post("task/", Map.of("lead_id", bluth, "text", "Third", "assigned_to", other, "is_complete", true))
			.ok();

		assertThat(ids(this.close.get("task/?lead_id=" + acme).ok())).containsExactly(id(first), id(second));
		assertThat(ids(this.close.get("task/?id=" + id(second)).ok())).containsExactly(id(second));
		assertThat(ids(this.close.get("task/?id__in=" + id(first) + "," + id(third)).ok()))
			.containsExactlyInAnyOrder(id(first), id(third));
		assertThat(ids(this.close.get("task/?is_complete=true").ok())).containsExactly(id(third));
		assertThat(ids(this.close.get("task/?is_complete=false").ok())).containsExactly(id(first), id(second));
		assertThat(ids(this.close.get("task/?assigned_to=" + other).ok())).containsExactly(id(third));
		assertThat(this.close.get("task/?is_complete=maybe").body().at("/field-errors/is_complete").isString())
			.isTrue();
	}

	/** A date filter value that is a day means the caller's day (x-tz-offset). */
	@Test
	void filtersByDateInTheCallersTimeZone() {
		String leadId = lead("Acme");
		ObjectNode lateOnThe11thInPacificTime = task(leadId, "D1", "2015-01-12T07:00:00+00:00");
		ObjectNode earlyOnThe12thInPacificTime = task(leadId, "D2", "2015-01-12T09:00:00+00:00");
		ObjectNode the13th = task(leadId, "D3", "2015-01-13");

		assertThat(ids(get("task/?date=2015-01-12", "-8"))).containsExactly(id(earlyOnThe12thInPacificTime));
		assertThat(ids(get("task/?date=2015-01-12", "0"))).containsExactly(id(lateOnThe11thInPacificTime),
				id(earlyOnThe12thInPacificTime));
		assertThat(ids(get("task/?date__gt=2015-01-12", "-8"))).containsExactly(id(the13th));
		assertThat(ids(get("task/?date__lte=2015-01-12", "-8"))).containsExactly(id(lateOnThe11thInPacificTime),
				id(earlyOnThe12thInPacificTime));
		assertThat(ids(get("task/?date__lt=2015-01-12T08:00:00%2B00:00", "-8")))
			.containsExactly(id(lateOnThe11thInPacificTime));
		assertThat(this.close.get("task/?date__gte=soon").body().at("/field-errors/date__gte").isString()).isTrue();
	}

	@Test
	void filtersByCreationDate() {
		String leadId = lead("Acme");
		ObjectNode old = this.close
			.post("task/", Map.of("lead_id", leadId, "text", "Old", "date_created", "2014-06-01T10:00:00+00:00"))
			.ok();
		ObjectNode recent = task(leadId, "Recent", "2015-01-10");

		assertThat(ids(this.close.get("task/?date_created__lt=2015-01-01").ok())).containsExactly(id(old));
		assertThat(ids(this.close.get("task/?date_created__gte=2015-01-01").ok())).containsExactly(id(recent));
		assertThat(old.get("date_created").asString()).isEqualTo("2014-06-01T10:00:00.000000+00:00");
	}

	/**
	 * Docs: "in Pacific Standard Time (x-tz-offset: -8) and ascending order, a task dated
	 * 2015-01-12 will appear before 2015-01-12T08:00:00, but after 2015-01-12T07:00:00."
	 */
	@Test
	void ordersDateOnlyTasksAtTheStartOfTheCallersDayBeforeDateTimeTasksOfThatMoment() {
		String leadId = lead("Acme");
		ObjectNode eight = task(leadId, "08:00", "2015-01-12T08:00:00+00:00");
		ObjectNode day = task(leadId, "day", "2015-01-12");
		ObjectNode seven = task(leadId, "07:00", "2015-01-12T07:00:00+00:00");
		String byDate = "task/?lead_id=" + leadId + "&_order_by=date";

		assertThat(ids(get(byDate, "-8"))).containsExactly(id(seven), id(day), id(eight));
		assertThat(ids(get(byDate, "0"))).containsExactly(id(day), id(seven), id(eight));
		assertThat(ids(get("task/?lead_id=" + leadId + "&_order_by=-date", "-8"))).containsExactly(id(eight), id(day),
				id(seven));
	}

	@Test
	void ordersByCreationDateOnRequestAndRefusesOtherOrders() {
		String leadId = lead("Acme");
		ObjectNode older = this.close
			.post("task/", Map.of("lead_id", leadId, "text", "Older", "date", "2015-03-01", "date_created",
					"2014-01-01T00:00:00+00:00"))
			.ok();
		ObjectNode newer = task(leadId, "Newer", "2015-02-01");

		assertThat(ids(this.close.get("task/?_order_by=-date_created").ok())).containsExactly(id(newer), id(older));
		assertThat(ids(this.close.get("task/?_order_by=date_created").ok())).containsExactly(id(older), id(newer));
		assertThat(ids(this.close.get("task/").ok())).containsExactly(id(newer), id(older));
		assertThat(this.close.get("task/?_order_by=text").body().at("/field-errors/_order_by").isString()).isTrue();
	}

	/**
	 * Docs: inbox "shows incomplete tasks up to the end of the user's day", future
	 * "starting from the user's tomorrow", both "taking the time zone into account".
	 */
	@Test
	void inboxAndFutureViewsSplitTasksAtTheCallersMidnight() {
		String leadId = lead("Acme");
		Instant now = Instant.now();
		int lateEvening = offsetWhereTheLocalHourIs(now, 22);
		int noon = offsetWhereTheLocalHourIs(now, 12);
		ObjectNode inTwoHours = task(leadId, "In two hours",
				now.plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
		LocalDate today = now.atOffset(ZoneOffset.ofHours(noon)).toLocalDate();
		ObjectNode todayTask = task(leadId, "Today", today.toString());
		ObjectNode tomorrowTask = task(leadId, "Tomorrow", today.plusDays(1).toString());
		ObjectNode dateless = this.close.post("task/", Map.of("lead_id", leadId, "text", "Whenever")).ok();
		ObjectNode done = this.close.post("task/", Map.of("lead_id", leadId, "text", "Done", "is_complete", true)).ok();

		assertThat(ids(get("task/?view=inbox", Integer.toString(noon)))).containsExactlyInAnyOrder(id(inTwoHours),
				id(todayTask), id(dateless));
		assertThat(ids(get("task/?view=future", Integer.toString(noon)))).containsExactly(id(tomorrowTask));
		assertThat(ids(get("task/?view=inbox", Integer.toString(lateEvening)))).doesNotContain(id(inTwoHours));
		assertThat(ids(get("task/?view=future", Integer.toString(lateEvening)))).contains(id(inTwoHours));
		assertThat(ids(get("task/?view=archive", "0"))).containsExactly(id(done));
		assertThat(get("task/" + id(inTwoHours) + "/", Integer.toString(lateEvening)).get("view").asString())
			.isEqualTo("future");
		assertThat(this.close.get("task/?view=later").body().at("/field-errors/view").isString()).isTrue();
	}

	/**
	 * Close's OpenAPI: inbox and future "override any date__lt or date__gte parameters".
	 */
	@Test
	void inboxViewOverridesDateLowerAndUpperBounds() {
		String leadId = lead("Acme");
		ObjectNode today = task(leadId, "Today", LocalDate.now(ZoneOffset.UTC).toString());

		assertThat(ids(get("task/?view=inbox&date__lt=2000-01-01", "0"))).containsExactly(id(today));
		assertThat(ids(get("task/?date__lt=2000-01-01", "0"))).isEmpty();
	}

	@Test
	void pagesWithTotalResults() {
		String leadId = lead("Acme");
		for (int day = 1; day <= 5; day++) {
			task(leadId, "Task " + day, "2015-01-0" + day);
		}

		ObjectNode page = this.close.get("task/?_limit=2&_skip=2").ok();

		assertThat(page.get("total_results").asInt()).isEqualTo(5);
		assertThat(page.get("has_more").asBoolean()).isTrue();
		assertThat(page.get("data")).extracting(task -> task.get("text").asString())
			.containsExactly("Task 3", "Task 4");
		assertThat(this.close.get("task/?_limit=2&_fields=id,text").ok().at("/data/0").propertyNames())
			.containsExactly("id", "text");
	}

	/**
	 * Docs: "The assigned_to, date ... and is_complete fields may be updated on all
	 * tasks. If the task type is lead, the text field may also be modified."
	 */
	@Test
	void updatesAssigneeDateCompletionAndTheTextOfLeadTasks() {
		String leadId = lead("Acme");
		ObjectNode task = task(leadId, "Call", "2015-01-10");
		String other = otherUser();

		ObjectNode updated = this.close
			.put("task/" + id(task) + "/", Map.of("assigned_to", other, "date", "2015-01-11T09:30:00+00:00",
					"is_complete", true, "text", "Call back"))
			.ok();

		assertThat(updated.get("assigned_to").asString()).isEqualTo(other);
		assertThat(updated.get("assigned_to_name").asString()).isEqualTo("Other User");
		assertThat(updated.get("date").asString()).isEqualTo("2015-01-11T09:30:00+00:00");
		assertThat(updated.get("is_complete").asBoolean()).isTrue();
		assertThat(updated.get("text").asString()).isEqualTo("Call back");
		assertThat(updated.get("view").asString()).isEqualTo("archive");
		assertThat(this.close.get("task/" + id(task) + "/").ok()).isEqualTo(updated);
	}

	@Test
	void refusesUpdatesOfOtherFieldsByName() {
		String leadId = lead("Acme");
		ObjectNode task = task(leadId, "Call", "2015-01-10");
		ObjectNode callTask = this.close
			.post("task/", Map.of("_type", "outgoing_call", "lead_id", leadId, "contact_id", contact(leadId, "Jane")))
			.ok();

		SandboxClient.Response moved = this.close.put("task/" + id(task) + "/",
				Map.of("lead_id", lead("Other"), "_type", "outgoing_call", "is_complete", true));
		SandboxClient.Response callText = this.close.put("task/" + id(callTask) + "/", Map.of("text", "Hello"));

		assertThat(moved.status()).isEqualTo(400);
		assertThat(moved.body().get("field-errors").propertyNames()).containsExactlyInAnyOrder("lead_id", "_type");
		assertThat(this.close.get("task/" + id(task) + "/").ok().get("is_complete").asBoolean()).isFalse();
		assertThat(callText.status()).isEqualTo(400);
		assertThat(callText.body().at("/field-errors/text").isString()).isTrue();
	}

	/**
	 * Docs: "Any of the filters of the GET endpoint may be used", e.g. id__in=A,B,C;
	 * "Only the assigned_to, date and is_complete fields may be updated."
	 */
	@Test
	void bulkUpdatesEveryTaskTheFiltersSelect() {
		String leadId = lead("Acme");
		ObjectNode a = task(leadId, "A", "2015-01-10");
		ObjectNode b = task(leadId, "B", "2015-01-11");
		ObjectNode c = task(leadId, "C", "2015-01-12");
		String other = otherUser();
		ObjectNode body = Json.object();
		body.putObject("_params").put("id__in", id(a) + "," + id(b));
		body.put("is_complete", true);
		body.put("assigned_to", other);

		ObjectNode answer = this.close.put("task/", body).ok();

		assertThat(answer.get("ok").asBoolean()).isTrue();
		for (ObjectNode task : List.of(a, b)) {
			ObjectNode stored = this.close.get("task/" + id(task) + "/").ok();
			assertThat(stored.get("is_complete").asBoolean()).isTrue();
			assertThat(stored.get("assigned_to").asString()).isEqualTo(other);
		}
		ObjectNode untouched = this.close.get("task/" + id(c) + "/").ok();
		assertThat(untouched.get("is_complete").asBoolean()).isFalse();
		assertThat(untouched.get("date_updated").asString()).isEqualTo(c.get("date_updated").asString());
	}

	@Test
	void bulkUpdatesByQueryStringFiltersSuchAsTheLead() {
		String acme = lead("Acme");
		String bluth = lead("Bluth");
		ObjectNode acmeTask = task(acme, "A", "2015-01-10");
		ObjectNode bluthTask = task(bluth, "B", "2015-01-10");

		this.close.put("task/?lead_id=" + acme, Map.of("date", "2015-02-01")).ok();

		assertThat(this.close.get("task/" + id(acmeTask) + "/").ok().get("date").asString()).isEqualTo("2015-02-01");
		assertThat(this.close.get("task/" + id(bluthTask) + "/").ok().get("date").asString()).isEqualTo("2015-01-10");
	}

	@Test
	void bulkUpdateRefusesOtherFieldsAndChangesNothing() {
		String leadId = lead("Acme");
		ObjectNode task = task(leadId, "A", "2015-01-10");

		SandboxClient.Response refused = this.close.put("task/?lead_id=" + leadId,
				Map.of("text", "Renamed", "is_complete", true));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().get("field-errors").propertyNames()).containsExactly("text");
		ObjectNode stored = this.close.get("task/" + id(task) + "/").ok();
		assertThat(stored.get("text").asString()).isEqualTo("A");
		assertThat(stored.get("is_complete").asBoolean()).isFalse();
	}

	/** Since 2024-06-07 a lead's tasks are only its incomplete ones (NOTES §4). */
	@Test
	void aLeadShowsItsIncompleteTasks() {
		String leadId = lead("Acme");
		ObjectNode open = task(leadId, "Open", "2015-01-10");
		this.close.post("task/", Map.of("lead_id", leadId, "text", "Done", "is_complete", true)).ok();

		JsonNode tasks = this.close.get("lead/" + leadId + "/").ok().get("tasks");

		assertThat(tasks).hasSize(1);
		assertThat(tasks.get(0).get("id").asString()).isEqualTo(id(open));
		assertThat(tasks.get(0).get("lead_name").asString()).isEqualTo("Acme");
	}

	@Test
	void deletesATaskAndTheTasksOfADeletedLead() {
		String leadId = lead("Acme");
		ObjectNode deleted = task(leadId, "Deleted", "2015-01-10");
		ObjectNode orphan = task(leadId, "Orphan", "2015-01-10");

		assertThat(this.close.delete("task/" + id(deleted) + "/").ok()).isEmpty();
		assertThat(this.close.get("task/" + id(deleted) + "/").status()).isEqualTo(404);
		this.close.delete("lead/" + leadId + "/").ok();

		assertThat(this.close.get("task/" + id(orphan) + "/").status()).isEqualTo(404);
		assertThat(this.close.delete("task/" + id(deleted) + "/").status()).isEqualTo(404);
	}

	private String lead(String name) {
		return this.close.post("lead/", Map.of("name", name)).ok().get("id").asString();
	}

	private String contact(String leadId, String name) {
		return this.close.post("contact/", Map.of("lead_id", leadId, "name", name)).ok().get("id").asString();
	}

	private ObjectNode task(String leadId, String text, String date) {
		return this.close.post("task/", Map.of("lead_id", leadId, "text", text, "date", date)).ok();
	}

	private ObjectNode me() {
		return this.close.get("me/").ok();
	}

	private String otherUser() {
		return OrganizationSeed.addUser(sandbox.sandbox().store(), "Other", "User", "other@sandbox.invalid")
			.get("id")
			.asString();
	}

	private ObjectNode get(String path, String tzOffset) {
		return (ObjectNode) this.close.send("GET", path, null, Map.of("x-tz-offset", tzOffset)).body();
	}

	private static String id(JsonNode object) {
		return object.get("id").asString();
	}

	private static List<String> ids(JsonNode list) {
		List<String> ids = new ArrayList<>();
		list.get("data").forEach(item -> ids.add(id(item)));
		return ids;
	}

	/** The whole-hour offset at which it is {@code hour} o'clock at {@code now}. */
	private static int offsetWhereTheLocalHourIs(Instant now, int hour) {
		return IntStream.rangeClosed(-12, 14)
			.filter(offset -> now.atOffset(ZoneOffset.ofHours(offset)).getHour() == hour)
			.findFirst()
			.orElseThrow();
	}

}
