package closebatch.sandbox.resource;

import java.util.List;

import closebatch.sandbox.http.Json;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.SandboxStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders stored documents as Close returns them: stored documents hold what was written,
 * views add what Close derives (names of users and statuses, a lead's contacts and open
 * tasks...).
 */
public final class Views {

	private final SandboxStore store;

	private final UserView users;

	private final ContactView contacts;

	private final OpportunityView opportunities;

	public Views(SandboxStore store) {
		this.store = store;
		this.users = new UserView(store);
		this.contacts = new ContactView(this.users);
		this.opportunities = new OpportunityView(store, this.users);
	}

	UserView users() {
		return this.users;
	}

	public ObjectNode contact(ObjectNode contact) {
		return CustomDictionary.addTo(this.contacts.render(contact), CustomObjectType.CONTACT, this.store);
	}

	/** A lead with its contacts, opportunities and incomplete tasks. */
	public ObjectNode lead(ObjectNode lead) {
		ObjectNode view = lead.deepCopy();
		String id = lead.get("id").asString();
		view.put("display_name", lead.path("name").asString(""));
		view.put("html_url", "https://app.close.com/lead/" + id + "/");
		ObjectNode status = this.store.get(Kind.LEAD_STATUS, lead.path("status_id").asString(null));
		view.put("status_label", (status == null) ? "" : status.get("label").asString());
		this.users.putUser(view, "created_by", lead.path("created_by").asString(null));
		this.users.putUser(view, "updated_by", lead.path("updated_by").asString(null));
		ArrayNode contacts = view.putArray("contacts");
		ArrayNode contactIds = view.putArray("contact_ids");
		for (ObjectNode contact : this.store.children(Kind.CONTACT, id)) {
			contacts.add(contact(contact));
			contactIds.add(contact.get("id").asString());
		}
		ArrayNode opportunities = view.putArray("opportunities");
		this.store.children(Kind.OPPORTUNITY, id).forEach(opportunity -> opportunities.add(opportunity(opportunity)));
		ArrayNode tasks = view.putArray("tasks");
		for (ObjectNode task : this.store.children(Kind.TASK, id)) {
			if (!task.path("is_complete").asBoolean(false)) {
				tasks.add(task(task));
			}
		}
		view.set("integration_links", Json.array());
		view.set("primary_email", firstOf(contacts, "emails"));
		view.set("primary_phone", firstOf(contacts, "phones"));
		view.put("primary_address_summary", addressSummary(lead.path("addresses").path(0)));
		return CustomDictionary.addTo(view, CustomObjectType.LEAD, this.store);
	}

	public ObjectNode opportunity(ObjectNode opportunity) {
		return CustomDictionary.addTo(this.opportunities.render(opportunity), CustomObjectType.OPPORTUNITY, this.store);
	}

	public ObjectNode task(ObjectNode task) {
		return new TaskView(this.store, this.users).render(task);
	}

	public ObjectNode activity(ObjectNode activity) {
		return ActivityView.render(activity, this.users);
	}

	private static JsonNode firstOf(ArrayNode contacts, String list) {
		for (JsonNode contact : contacts) {
			JsonNode first = contact.path(list).path(0);
			if (first.isObject()) {
				return first.deepCopy();
			}
		}
		return NullNode.getInstance();
	}

	private static String addressSummary(JsonNode address) {
		if (!address.isObject()) {
			return null;
		}
		List<String> parts = new java.util.ArrayList<>();
		for (String field : List.of("address_1", "address_2", "city", "state", "zipcode", "country")) {
			String value = address.path(field).asString("");
			if (!value.isBlank()) {
				parts.add(value);
			}
		}
		return String.join(", ", parts);
	}

}
