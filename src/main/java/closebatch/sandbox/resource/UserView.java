package closebatch.sandbox.resource;

import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.SandboxStore;
import tools.jackson.databind.node.ObjectNode;

/**
 * Users' names, as other objects show them ({@code created_by_name},
 * {@code user_name}...).
 */
final class UserView {

	private final SandboxStore store;

	UserView(SandboxStore store) {
		this.store = store;
	}

	/** "First Last" of a user document. */
	static String fullName(ObjectNode user) {
		String first = user.path("first_name").asString("");
		String last = user.path("last_name").asString("");
		return (first + " " + last).trim();
	}

	/** The name of the user with this id, or null if there is none. */
	String nameOf(String userId) {
		ObjectNode user = this.store.get(Kind.USER, userId);
		return (user == null) ? null : fullName(user);
	}

	/** Sets {@code <prefix>} and {@code <prefix>_name} from a user id. */
	void putUser(ObjectNode target, String field, String userId) {
		target.put(field, userId);
		target.put(field + "_name", (userId == null) ? null : nameOf(userId));
	}

}
