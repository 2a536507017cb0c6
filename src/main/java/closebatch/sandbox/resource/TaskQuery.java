package closebatch.sandbox.resource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import closebatch.sandbox.http.ApiException;
import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.http.QueryParams;
import closebatch.sandbox.store.Timestamps;
import tools.jackson.databind.node.ObjectNode;

/**
 * The filters and order of {@code GET /task/} (and of the bulk {@code PUT /task/}), as
 * the docs' "Tasks" section lists them (docs/003): {@code id}, {@code id__in},
 * {@code _type} (lead tasks by default, {@code all} for every type), {@code _type__in},
 * {@code lead_id}, {@code is_complete}, {@code assigned_to}, the comparisons of
 * {@code date}, {@code date_created} and {@code date_updated}, {@code view} and
 * {@code _order_by}.
 *
 * <p>
 * {@code view=inbox} keeps incomplete tasks actionable before the caller's tomorrow
 * (dateless ones included, as they are actionable at once), {@code view=future}
 * incomplete tasks from the caller's tomorrow on, {@code view=archive} complete tasks; as
 * Close's OpenAPI document says, {@code inbox} and {@code future} override
 * {@code date__lt} and {@code date__gte}. Without {@code _order_by} tasks come in the
 * order of their dates, as in the inbox; dateless tasks come first, and ties are broken
 * by creation.
 */
final class TaskQuery {

	static final Set<String> TASK_TYPES = Set.of("lead", "outgoing_call", "incoming_email", "email_followup",
			"missed_call", "answered_detached_call", "voicemail", "opportunity_due", "incoming_sms");

	private static final Set<String> VIEWS = Set.of("inbox", "future", "archive");

	/** The filters {@code GET /task/} and {@code PUT /task/} implement. */
	static final Set<String> FILTERS = filters();

	private static final Set<String> ORDERS = Set.of("date", "-date", "date_created", "-date_created");

	private final List<Predicate<ObjectNode>> conditions;

	private final Comparator<ObjectNode> order;

	private final List<String> ids;

	private final String leadId;

	private TaskQuery(List<Predicate<ObjectNode>> conditions, Comparator<ObjectNode> order, List<String> ids,
			String leadId) {
		this.conditions = conditions;
		this.order = order;
		this.ids = ids;
		this.leadId = leadId;
	}

	/** Reads the parameters; invalid ones are refused with field errors naming them. */
	static TaskQuery from(QueryParams query, UserTimeZone zone, Instant now) {
		FieldErrors errors = new FieldErrors();
		List<Predicate<ObjectNode>> conditions = new ArrayList<>();
		conditions.add(typeCondition(query, errors));
		List<String> ids = new ArrayList<>(query.list("id"));
		ids.addAll(query.list("id__in"));
		String leadId = query.first("lead_id").filter(id -> !id.isBlank()).orElse(null);
		readBoolean(query, "is_complete", errors)
			.ifPresent(complete -> conditions.add(task -> task.path("is_complete").asBoolean() == complete));
		query.first("assigned_to")
			.filter(user -> !user.isBlank())
			.ifPresent(user -> conditions.add(task -> user.equals(task.path("assigned_to").asString(null))));
		String view = query.first("view").filter(text -> !text.isBlank()).orElse(null);
		if (view != null && !VIEWS.contains(view)) {
			errors.field("view", "Input should be 'inbox', 'future' or 'archive'");
		}
		else if (view != null) {
			conditions.add(viewCondition(view, zone, now));
		}
		List<String> dateOperators = new ArrayList<>(DateRangeFilter.ALL_OPERATORS);
		if ("inbox".equals(view) || "future".equals(view)) {
			dateOperators.removeAll(List.of("lt", "gte"));
		}
		DateRangeFilter dates = DateRangeFilter.read(query, "date", dateOperators, zone, errors);
		if (!dates.isEmpty()) {
			conditions.add(task -> {
				TaskDate date = TaskDate.of(task.path("date").asString(null));
				return date != null && dates.test(date.moment(zone));
			});
		}
		for (String stamp : List.of("date_created", "date_updated")) {
			DateRangeFilter range = DateRangeFilter.read(query, stamp, DateRangeFilter.ALL_OPERATORS, zone, errors);
			if (!range.isEmpty()) {
				conditions.add(task -> range.test(instant(task, stamp)));
			}
		}
		String orderBy = query.first("_order_by").filter(text -> !text.isBlank()).orElse("date");
		if (!ORDERS.contains(orderBy)) {
			errors.field("_order_by", "Tasks can be ordered by date or date_created, with - for descending order.");
		}
		errors.throwIfAny();
		return new TaskQuery(conditions, order(orderBy, zone), ids, leadId);
	}

	/** The ids asked for with {@code id} or {@code id__in}; empty when not filtered. */
	List<String> ids() {
		return this.ids;
	}

	/** The lead asked for with {@code lead_id}, or null. */
	String leadId() {
		return this.leadId;
	}

	/** The tasks among {@code candidates} that pass every filter, in order. */
	List<ObjectNode> select(Iterable<ObjectNode> candidates) {
		List<ObjectNode> selected = new ArrayList<>();
		for (ObjectNode task : candidates) {
			if ((this.ids.isEmpty() || this.ids.contains(task.path("id").asString()))
					&& (this.leadId == null || this.leadId.equals(task.path("lead_id").asString()))
					&& this.conditions.stream().allMatch(condition -> condition.test(task))) {
				selected.add(task);
			}
		}
		selected.sort(this.order);
		return selected;
	}

	private static Set<String> filters() {
		Set<String> names = new java.util.HashSet<>(List.of("_type", "_type__in", "id", "id__in", "lead_id",
				"is_complete", "assigned_to", "view", "_order_by"));
		for (String field : List.of("date", "date_created", "date_updated")) {
			names.addAll(QueryParameters.dateRange(field));
		}
		return Set.copyOf(names);
	}

	/** Which view a task is in for a caller at an instant. */
	static String viewOf(ObjectNode task, UserTimeZone zone, Instant now) {
		if (task.path("is_complete").asBoolean()) {
			return "archive";
		}
		TaskDate date = TaskDate.of(task.path("date").asString(null));
		Instant tomorrow = zone.startOf(zone.dayOf(now).plusDays(1));
		return (date == null || date.moment(zone).isBefore(tomorrow)) ? "inbox" : "future";
	}

	private static Predicate<ObjectNode> viewCondition(String view, UserTimeZone zone, Instant now) {
		return task -> view.equals(viewOf(task, zone, now));
	}

	private static Predicate<ObjectNode> typeCondition(QueryParams query, FieldErrors errors) {
		List<String> types = new ArrayList<>(query.list("_type"));
		String parameter = "_type";
		if (query.has("_type__in")) {
			types = query.list("_type__in");
			parameter = "_type__in";
		}
		if (types.isEmpty()) {
			return task -> task.path("_type").asString().equals(TaskInput.LEAD);
		}
		if (types.contains("all")) {
			return task -> true;
		}
		for (String type : types) {
			if (!TASK_TYPES.contains(type)) {
				errors.field(parameter, "Unknown task type \"" + type + "\".");
			}
		}
		List<String> wanted = types;
		return task -> wanted.contains(task.path("_type").asString());
	}

	private static Optional<Boolean> readBoolean(QueryParams query, String name, FieldErrors errors) {
		try {
			return query.bool(name);
		}
		catch (ApiException ex) {
			errors.field(name, "Input should be a valid boolean");
			return Optional.empty();
		}
	}

	private static Comparator<ObjectNode> order(String orderBy, UserTimeZone zone) {
		boolean descending = orderBy.startsWith("-");
		Comparator<ObjectNode> order;
		if (orderBy.endsWith("date_created")) {
			order = Comparator.comparing(task -> instant(task, "date_created"));
		}
		else {
			order = Comparator.comparing(task -> TaskDate.of(task.path("date").asString(null)),
					Comparator.nullsFirst(TaskDate.order(zone)));
		}
		order = order.thenComparing(task -> task.path("date_created").asString())
			.thenComparing(task -> task.path("id").asString());
		return descending ? order.reversed() : order;
	}

	private static Instant instant(ObjectNode task, String field) {
		return Timestamps.parseDateTime(task.path(field).asString(null)).orElse(null);
	}

}
