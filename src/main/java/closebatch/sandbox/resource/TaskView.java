package closebatch.sandbox.resource;

import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.SandboxStore;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a stored task as Close returns it (the task examples of Close's OpenAPI
 * document): with the names of its lead, contact and users, {@code is_dateless}, and the
 * deprecated {@code due_date} mirroring {@code date}.
 *
 * <p>
 * {@code view} (inbox, future or archive) depends on the caller's day, so it is null here
 * and filled in by the task endpoints, which know the caller's time zone.
 */
final class TaskView {

	private final SandboxStore store;

	private final UserView users;

	TaskView(SandboxStore store, UserView users) {
		this.store = store;
		this.users = users;
	}

	ObjectNode render(ObjectNode task) {
		ObjectNode view = task.deepCopy();
		ObjectNode lead = this.store.get(Kind.LEAD, task.path("lead_id").asString(null));
		view.put("lead_name", (lead == null) ? null : lead.path("name").asString(null));
		ObjectNode contact = this.store.get(Kind.CONTACT, task.path("contact_id").asString(null));
		view.put("contact_name", (contact == null) ? null : contact.path("name").asString(null));
		this.users.putUser(view, "assigned_to", task.path("assigned_to").asString(null));
		this.users.putUser(view, "created_by", task.path("created_by").asString(null));
		this.users.putUser(view, "updated_by", task.path("updated_by").asString(null));
		boolean dateless = task.path("date").isNull() || task.path("date").isMissingNode();
		view.put("is_dateless", dateless);
		view.set("due_date", view.get("date"));
		view.putNull("view");
		return view;
	}

}
