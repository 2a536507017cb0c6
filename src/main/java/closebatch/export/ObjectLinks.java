package closebatch.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import closebatch.close.CloseClient;
import closebatch.close.Query;
import closebatch.close.model.SearchPage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gives the objects of a chunk their lead's key and name, their contact's email and their
 * users' emails, as columns an import reads back by name where Close holds ids.
 *
 * <p>
 * The leads of a chunk that were not met before are read in one search (with their
 * contacts); users once per run. Custom fields of type {@code user} or {@code contact}
 * get emails (a contact without one, its name) in place of ids. A lead or contact gone
 * from Close leaves its cells empty.
 */
final class ObjectLinks {

	static final String LEAD_KEY = "lead_key";

	static final String LEAD_NAME = "lead_name";

	static final String CONTACT_EMAIL = "contact_email";

	static final String USER_EMAIL = "user_email";

	static final String ASSIGNED_TO_EMAIL = "assigned_to_email";

	static final String CUSTOM_ACTIVITY_TYPE = "custom_activity_type";

	/** Leads remembered at most; objects come in date order, so leads recur. */
	private static final int REMEMBERED_LEADS = 10_000;

	private static final int LEADS_PER_SEARCH = 100;

	private final CloseClient client;

	private final String keyFieldId;

	private final Map<String, String> activityTypes;

	private final Set<String> userFields;

	private final Set<String> contactFields;

	private final Map<String, Lead> leads = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Lead> eldest) {
			return size() > REMEMBERED_LEADS;
		}

	};

	private Map<String, String> userEmails;

	/**
	 * @param keyFieldId the id of the leads' hidden key field, or null when no import
	 * made it
	 * @param activityTypes custom activity type names by id
	 * @param userFields the ids of the custom fields that hold users
	 * @param contactFields the ids of the custom fields that hold contacts
	 */
	ObjectLinks(CloseClient client, String keyFieldId, Map<String, String> activityTypes, Set<String> userFields,
			Set<String> contactFields) {
		this.client = client;
		this.keyFieldId = keyFieldId;
		this.activityTypes = Map.copyOf(activityTypes);
		this.userFields = Set.copyOf(userFields);
		this.contactFields = Set.copyOf(contactFields);
	}

	/** A lead as its objects' rows show it. */
	private record Lead(String key, String name, Map<String, Contact> contacts) {
	}

	/** A contact by its email, or its name when it has none, as an import finds it. */
	private record Contact(String email, String name) {

		String reference() {
			return (this.email != null) ? this.email : this.name;
		}

	}

	/** The objects with their links added, in order. */
	List<JsonNode> resolve(List<JsonNode> objects) {
		readLeads(objects);
		List<JsonNode> resolved = new ArrayList<>(objects.size());
		for (JsonNode object : objects) {
			ObjectNode copy = ((ObjectNode) object).deepCopy();
			Lead lead = this.leads.get(object.path("lead_id").asString(""));
			Map<String, Contact> contacts = (lead != null) ? lead.contacts() : Map.of();
			if (lead != null) {
				copy.put(LEAD_KEY, lead.key());
				copy.put(LEAD_NAME, lead.name());
			}
			Contact contact = contacts.get(object.path("contact_id").asString(""));
			copy.put(CONTACT_EMAIL, (contact != null) ? contact.email() : null);
			copy.put(USER_EMAIL, userEmail(object.path("user_id").asString("")));
			copy.put(ASSIGNED_TO_EMAIL, userEmail(object.path("assigned_to").asString("")));
			copy.put(CUSTOM_ACTIVITY_TYPE, this.activityTypes.get(object.path("custom_activity_type_id").asString("")));
			for (String field : this.userFields) {
				replace(copy, "custom." + field, this::userEmail);
			}
			for (String field : this.contactFields) {
				replace(copy, "custom." + field,
						(id) -> contacts.containsKey(id) ? contacts.get(id).reference() : null);
			}
			resolved.add(copy);
		}
		return resolved;
	}

	private static void replace(ObjectNode object, String field, java.util.function.Function<String, String> by) {
		JsonNode value = object.get(field);
		if (value == null || value.isNull()) {
			return;
		}
		if (value.isArray()) {
			ArrayNode replaced = object.putArray(field);
			value.values().forEach((item) -> replaced.add(by.apply(item.asString(""))));
		}
		else {
			object.put(field, by.apply(value.asString("")));
		}
	}

	private String userEmail(String id) {
		if (id.isEmpty()) {
			return null;
		}
		if (this.userEmails == null) {
			Map<String, String> emails = new HashMap<>();
			this.client.listAll("user/", Query.empty())
				.forEach((user) -> emails.put(user.path("id").asString(), user.path("email").asString(null)));
			this.userEmails = emails;
		}
		return this.userEmails.get(id);
	}

	/** Reads the leads of the objects not remembered, in searches of 100. */
	private void readLeads(List<JsonNode> objects) {
		Set<String> unknown = new LinkedHashSet<>();
		for (JsonNode object : objects) {
			String leadId = object.path("lead_id").asString("");
			if (!leadId.isEmpty() && !this.leads.containsKey(leadId)) {
				unknown.add(leadId);
			}
		}
		List<String> ids = List.copyOf(unknown);
		for (int from = 0; from < ids.size(); from += LEADS_PER_SEARCH) {
			search(ids.subList(from, Math.min(ids.size(), from + LEADS_PER_SEARCH)));
		}
	}

	private void search(List<String> ids) {
		ObjectNode request = JsonNodeFactory.instance.objectNode();
		ObjectNode query = request.putObject("query").put("type", "and");
		ArrayNode queries = query.putArray("queries");
		queries.addObject().put("type", "object_type").put("object_type", "lead");
		ArrayNode anyId = queries.addObject().put("type", "or").putArray("queries");
		ids.forEach((id) -> anyId.addObject().put("type", "id").put("value", id));
		ArrayNode fields = request.putObject("_fields").putArray("lead").add("id").add("name").add("contacts");
		if (this.keyFieldId != null) {
			fields.add("custom." + this.keyFieldId);
		}
		request.put("_limit", 200);
		SearchPage page = this.client.search(request);
		while (true) {
			page.data().forEach(this::remember);
			if (!page.hasMore()) {
				break;
			}
			page = this.client.search(page.nextRequest(request));
		}
	}

	private void remember(JsonNode lead) {
		Map<String, Contact> contacts = new HashMap<>();
		for (JsonNode contact : lead.path("contacts").values()) {
			String email = contact.path("emails").path(0).path("email").asString("");
			contacts.put(contact.path("id").asString(),
					new Contact(email.isEmpty() ? null : email, contact.path("name").asString(null)));
		}
		String key = (this.keyFieldId != null) ? CellValues.text(lead.get("custom." + this.keyFieldId)) : null;
		this.leads.put(lead.path("id").asString(), new Lead(key, lead.path("name").asString(null), contacts));
	}

}
