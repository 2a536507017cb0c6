package closebatch.sandbox.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import closebatch.sandbox.store.Kind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The {@code regular_field}s of each object type: the top-level fields the REST API
 * renders for it, plus a {@code <list>_count} for each of its lists (the docs'
 * {@code emails_count}, {@code addresses_count}...) and a lead's {@code all_urls_count},
 * {@code all_emails_count} and {@code all_phones_count} (over the lead and its contacts).
 *
 * <p>
 * Leads, contacts and the embedded records have a fixed list of fields, and a name
 * outside it is refused. Opportunities, tasks and activities accept any field name: their
 * renderings vary by type, and a field they lack simply has no value.
 */
final class RegularFields {

	private static final String COUNT_SUFFIX = "_count";

	private static final Pattern FIELD_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

	private static final Set<String> STAMPS = Set.of("id", "organization_id", "date_created", "date_updated",
			"created_by", "created_by_name", "updated_by", "updated_by_name");

	private static final Map<ObjectKind, Set<String>> LISTS = Map.of(ObjectKind.LEAD,
			Set.of("addresses", "contacts", "contact_ids", "opportunities", "tasks", "integration_links"),
			ObjectKind.CONTACT, Set.of("emails", "phones", "urls", "integration_links"));

	private static final Map<ObjectKind, Set<String>> FIELDS = Map.of(ObjectKind.LEAD,
			Set.of("name", "display_name", "description", "url", "status_id", "status_label", "html_url",
					"primary_email", "primary_phone", "primary_address_summary", "all_urls_count", "all_emails_count",
					"all_phones_count"),
			ObjectKind.CONTACT, Set.of("lead_id", "name", "title", "display_name"), ObjectKind.CONTACT_EMAIL,
			Set.of("email", "type", "is_unsubscribed"), ObjectKind.CONTACT_PHONE,
			Set.of("phone", "phone_formatted", "type", "country"), ObjectKind.CONTACT_URL, Set.of("url", "type"),
			ObjectKind.ADDRESS,
			Set.of("label", "address_1", "address_2", "city", "state", "zipcode", "country", "location"));

	/** Fields that are references (ids) or not single values: they cannot sort. */
	private static final Set<String> UNSORTABLE = Set.of("id", "organization_id", "created_by", "updated_by",
			"status_id", "lead_id", "primary_email", "primary_phone");

	private static final List<String> ADDRESS_PARTS = List.of("address_1", "address_2", "city", "state", "zipcode",
			"country");

	private RegularFields() {
	}

	/** Whether objects of a kind have a field of this name. */
	static boolean isKnown(ObjectKind kind, String name) {
		if (!FIELDS.containsKey(kind)) {
			return FIELD_NAME.matcher(name).matches();
		}
		Set<String> lists = LISTS.getOrDefault(kind, Set.of());
		boolean stamped = kind == ObjectKind.LEAD || kind == ObjectKind.CONTACT;
		return FIELDS.get(kind).contains(name) || lists.contains(name) || (stamped && STAMPS.contains(name))
				|| (name.endsWith(COUNT_SUFFIX) && lists.contains(listOf(name)));
	}

	/**
	 * Whether a field of a lead or contact can sort results: numbers, dates and text, not
	 * references nor lists (the docs, "Sorting").
	 */
	static boolean isSortable(ObjectKind kind, String name) {
		return isKnown(kind, name) && !UNSORTABLE.contains(name) && !LISTS.getOrDefault(kind, Set.of()).contains(name);
	}

	/** The value of a field of a candidate; a missing node when it has none. */
	static JsonNode value(Candidate candidate, String name, EvaluationContext context) {
		ObjectNode doc = candidate.doc();
		JsonNode stored = doc.get(name);
		if (stored != null) {
			return stored;
		}
		JsonNode derived = derived(candidate, name, context);
		if (derived != null) {
			return derived;
		}
		if (name.endsWith(COUNT_SUFFIX)) {
			JsonNode list = value(candidate, listOf(name), context);
			return list.isArray() ? IntNode.valueOf(list.size()) : MissingNode.getInstance();
		}
		JsonNode rendered = candidate.view(context).get(name);
		return (rendered == null) ? MissingNode.getInstance() : rendered;
	}

	/** Fields worked out without rendering the whole object, where that is cheap. */
	private static JsonNode derived(Candidate candidate, String name, EvaluationContext context) {
		ObjectNode doc = candidate.doc();
		if (candidate.kind() == ObjectKind.LEAD) {
			return switch (name) {
				case "display_name" -> StringNode.valueOf(doc.path("name").asString(""));
				case "status_label" -> {
					ObjectNode status = context.store().get(Kind.LEAD_STATUS, doc.path("status_id").asString(null));
					yield StringNode.valueOf((status == null) ? "" : status.path("label").asString(""));
				}
				case "contacts_count" -> IntNode.valueOf(context.store().children(Kind.CONTACT, candidate.id()).size());
				case "opportunities_count" ->
					IntNode.valueOf(context.store().children(Kind.OPPORTUNITY, candidate.id()).size());
				case "all_urls_count" -> IntNode.valueOf(
						contactItems(candidate, "urls", context) + (doc.path("url").asString("").isBlank() ? 0 : 1));
				case "all_emails_count" -> IntNode.valueOf(contactItems(candidate, "emails", context));
				case "all_phones_count" -> IntNode.valueOf(contactItems(candidate, "phones", context));
				default -> null;
			};
		}
		if (candidate.kind() == ObjectKind.ADDRESS && name.equals("location")) {
			return StringNode.valueOf(location(doc));
		}
		if (candidate.kind() == ObjectKind.CONTACT_EMAIL && name.equals("is_unsubscribed")) {
			// The contact view renders every email as subscribed; the sandbox has no
			// unsubscribes.
			return BooleanNode.FALSE;
		}
		return null;
	}

	private static int contactItems(Candidate lead, String list, EvaluationContext context) {
		int count = 0;
		for (ObjectNode contact : context.store().children(Kind.CONTACT, lead.id())) {
			count += contact.path(list).size();
		}
		return count;
	}

	private static String location(ObjectNode address) {
		List<String> parts = new ArrayList<>();
		for (String part : ADDRESS_PARTS) {
			String value = address.path(part).asString("");
			if (!value.isBlank()) {
				parts.add(value);
			}
		}
		return String.join(", ", parts);
	}

	private static String listOf(String countField) {
		return countField.substring(0, countField.length() - COUNT_SUFFIX.length());
	}

}
