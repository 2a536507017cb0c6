package closebatch.sandbox.resource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.http.QueryParams;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.SandboxStore;
import closebatch.sandbox.store.Timestamps;
import tools.jackson.databind.node.ObjectNode;

/**
 * The filters and order of the activity lists: {@code id__in}, {@code lead_id} (one or
 * more, also as {@code lead_id__in}), {@code contact_id}, {@code user_id}, {@code _type}
 * (each also as {@code __in}) and the comparisons of {@code date_created} and
 * {@code activity_at}; newest first unless {@code _order_by} says otherwise.
 *
 * <p>
 * {@code GET /activity/} enforces the docs' rules (docs/003, "Activities", and Close's
 * OpenAPI document): {@code user_id}, {@code contact_id}, {@code _type} and their
 * {@code __in} forms only together with a single {@code lead_id}; sorting by
 * {@code activity_at} only for a single lead; and only the date filters of the field
 * sorted on. Each broken rule is a 400 naming the parameter. The lists of one type
 * ({@code /activity/note/}, {@code /activity/call/}) document these filters without the
 * rules, so they take them freely. {@code custom_activity_type_id} and
 * {@code opportunity_id} are read when the route allows them; the first needs
 * {@code lead_id}, as the OpenAPI document says of {@code /activity/custom/}.
 */
final class ActivityQuery {

	/**
	 * Close's activity types; {@code Custom} selects custom activities of any type, and
	 * custom activity type ids ({@code actitype_…}) one type.
	 */
	static final Set<String> ACTIVITY_TYPES = Set.of("Call", "Created", "Email", "EmailThread", "FormSubmission",
			"LeadMerge", "LeadStatusChange", "Meeting", "Note", "OpportunityStatusChange", "SMS", "TaskCompleted",
			"WhatsAppMessage", "CustomActivity", "Custom");

	private static final List<String> SINGLE_LEAD_FILTERS = List.of("user_id", "user_id__in", "contact_id",
			"contact_id__in", "_type", "_type__in");

	/** The filters of the activity lists. */
	static final Set<String> FILTERS = filters();

	/**
	 * The filter of {@code /activity/custom/} by type (also as {@code __in}); it needs
	 * {@code lead_id}.
	 */
	static final String CUSTOM_ACTIVITY_TYPE_ID = "custom_activity_type_id";

	/** The filter of {@code /activity/status_change/opportunity/} by opportunity. */
	static final String OPPORTUNITY_ID = "opportunity_id";

	private static final Set<String> ORDERS = Set.of("date_created", "-date_created", "activity_at", "-activity_at");

	private final Set<String> leadIds;

	private final List<Predicate<ObjectNode>> conditions;

	private final Comparator<ObjectNode> order;

	private ActivityQuery(Set<String> leadIds, List<Predicate<ObjectNode>> conditions, Comparator<ObjectNode> order) {
		this.leadIds = leadIds;
		this.conditions = conditions;
		this.order = order;
	}

	/** The query of {@code GET /activity/}, with the docs' single-lead rules. */
	static ActivityQuery allTypes(QueryParams query, UserTimeZone zone) {
		return read(query, zone, null, FILTERS);
	}

	/**
	 * The query of a list of one type, such as {@code GET /activity/note/}.
	 * @param filters the parameters its route declares, which may add
	 * {@link #CUSTOM_ACTIVITY_TYPE_ID} and {@link #OPPORTUNITY_ID} to {@link #FILTERS}
	 */
	static ActivityQuery ofType(String type, Set<String> filters, QueryParams query, UserTimeZone zone) {
		return read(query, zone, type, filters);
	}

	/** The matching activities, in order. */
	List<ObjectNode> select(SandboxStore store) {
		List<ObjectNode> candidates = new ArrayList<>();
		if (this.leadIds.isEmpty()) {
			store.newestFirst(Kind.ACTIVITY).forEach(candidates::add);
		}
		else {
			this.leadIds.forEach(leadId -> candidates.addAll(store.children(Kind.ACTIVITY, leadId)));
		}
		List<ObjectNode> selected = new ArrayList<>();
		for (ObjectNode activity : candidates) {
			if (this.conditions.stream().allMatch(condition -> condition.test(activity))) {
				selected.add(activity);
			}
		}
		selected.sort(this.order);
		return selected;
	}

	private static ActivityQuery read(QueryParams query, UserTimeZone zone, String onlyType, Set<String> filters) {
		FieldErrors errors = new FieldErrors();
		boolean strict = onlyType == null;
		List<Predicate<ObjectNode>> conditions = new ArrayList<>();
		if (onlyType != null) {
			conditions.add(activity -> onlyType.equals(activity.path("_type").asString()));
		}
		Set<String> leadIds = values(query, "lead_id");
		boolean singleLead = leadIds.size() == 1;
		if (strict && !singleLead) {
			for (String parameter : SINGLE_LEAD_FILTERS) {
				if (query.has(parameter)) {
					errors.field(parameter, parameter + " can only be used when listing the activities of a single lead"
							+ " (with lead_id).");
				}
			}
		}
		Set<String> ids = values(query, "id");
		if (!ids.isEmpty()) {
			conditions.add(activity -> ids.contains(activity.path("id").asString()));
		}
		for (String field : List.of("contact_id", "user_id")) {
			Set<String> wanted = values(query, field);
			if (!wanted.isEmpty()) {
				conditions.add(activity -> wanted.contains(activity.path(field).asString(null)));
			}
		}
		Set<String> activityTypeIds = filters.contains(CUSTOM_ACTIVITY_TYPE_ID) ? values(query, CUSTOM_ACTIVITY_TYPE_ID)
				: Set.of();
		if (!activityTypeIds.isEmpty()) {
			if (leadIds.isEmpty()) {
				errors.field(
						query.has(CUSTOM_ACTIVITY_TYPE_ID) ? CUSTOM_ACTIVITY_TYPE_ID : CUSTOM_ACTIVITY_TYPE_ID + "__in",
						"lead_id is required when filtering by custom activity type.");
			}
			conditions.add(activity -> activityTypeIds.contains(activity.path(CUSTOM_ACTIVITY_TYPE_ID).asString("")));
		}
		Set<String> opportunityIds = filters.contains(OPPORTUNITY_ID) ? Set.copyOf(query.list(OPPORTUNITY_ID))
				: Set.of();
		if (!opportunityIds.isEmpty()) {
			conditions.add(activity -> opportunityIds.contains(activity.path(OPPORTUNITY_ID).asString("")));
		}
		Set<String> types = values(query, "_type");
		for (String type : types) {
			if (!ACTIVITY_TYPES.contains(type) && !type.startsWith("actitype_")) {
				errors.field(query.has("_type") ? "_type" : "_type__in", "Unknown activity type \"" + type + "\".");
			}
		}
		if (!types.isEmpty()) {
			conditions.add(activity -> isOfType(activity, types));
		}
		String orderBy = query.first("_order_by").filter(text -> !text.isBlank()).orElse("-date_created");
		if (!ORDERS.contains(orderBy)) {
			errors.field("_order_by",
					"Activities can be ordered by date_created or activity_at, with - for" + " descending order.");
		}
		String sortField = orderBy.replace("-", "");
		if (strict && sortField.equals("activity_at") && !singleLead) {
			errors.field("_order_by",
					"Sorting by activity_at can only be used when listing the activities of a single lead.");
		}
		for (String field : List.of("date_created", "activity_at")) {
			if (strict && !field.equals(sortField)) {
				for (String operator : DateRangeFilter.ALL_OPERATORS) {
					String parameter = operator.isEmpty() ? field : field + "__" + operator;
					if (query.has(parameter)) {
						errors.field(parameter,
								"Only the date filters of the field sorted on (_order_by) can be used.");
					}
				}
			}
			DateRangeFilter range = DateRangeFilter.read(query, field, DateRangeFilter.ALL_OPERATORS, zone, errors);
			if (!range.isEmpty()) {
				conditions.add(activity -> range.test(instant(activity, field)));
			}
		}
		errors.throwIfAny();
		Comparator<ObjectNode> order = Comparator
			.<ObjectNode, Instant>comparing(activity -> instant(activity, sortField),
					Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(activity -> activity.path("id").asString());
		return new ActivityQuery(leadIds, conditions, orderBy.startsWith("-") ? order.reversed() : order);
	}

	private static Set<String> filters() {
		Set<String> names = new java.util.HashSet<>(List.of("_order_by"));
		for (String name : List.of("lead_id", "id", "contact_id", "user_id", "_type")) {
			names.addAll(QueryParameters.withIn(name));
		}
		names.addAll(QueryParameters.dateRange("date_created"));
		names.addAll(QueryParameters.dateRange("activity_at"));
		return Set.copyOf(names);
	}

	/** The values of a parameter and of its {@code __in} form, comma-separated. */
	private static Set<String> values(QueryParams query, String parameter) {
		Set<String> values = new LinkedHashSet<>(query.list(parameter));
		values.addAll(query.list(parameter + "__in"));
		return values;
	}

	private static boolean isOfType(ObjectNode activity, Set<String> types) {
		String type = activity.path("_type").asString();
		return types.contains(type) || (types.contains("Custom") && type.equals("CustomActivity"))
				|| types.contains(activity.path("custom_activity_type_id").asString(""));
	}

	private static Instant instant(ObjectNode activity, String field) {
		return Timestamps.parseDateTime(activity.path(field).asString(null)).orElse(null);
	}

}
