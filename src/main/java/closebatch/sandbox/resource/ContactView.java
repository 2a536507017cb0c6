package closebatch.sandbox.resource;

import closebatch.sandbox.http.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Renders a stored contact as Close returns it. */
final class ContactView {

	private final UserView users;

	ContactView(UserView users) {
		this.users = users;
	}

	ObjectNode render(ObjectNode contact) {
		ObjectNode view = contact.deepCopy();
		view.put("display_name", displayName(contact));
		view.set("integration_links", Json.array());
		for (JsonNode email : view.path("emails")) {
			((ObjectNode) email).put("is_unsubscribed", false);
		}
		this.users.putUser(view, "created_by", contact.path("created_by").asString(null));
		this.users.putUser(view, "updated_by", contact.path("updated_by").asString(null));
		return view;
	}

	/** The name, or else the first email address, or else the first phone number. */
	static String displayName(ObjectNode contact) {
		String name = contact.path("name").asString("");
		if (!name.isBlank()) {
			return name;
		}
		JsonNode email = contact.path("emails").path(0).path("email");
		if (email.isString()) {
			return email.asString();
		}
		JsonNode phone = contact.path("phones").path(0).path("phone_formatted");
		return phone.isString() ? phone.asString() : "";
	}

}
