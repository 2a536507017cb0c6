package closebatch.sandbox.resource;

import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a stored activity as Close returns it: the stored fields with the names of its
 * user, creator and last editor ({@code user_name}, {@code created_by_name},
 * {@code updated_by_name}).
 */
final class ActivityView {

	private ActivityView() {
	}

	static ObjectNode render(ObjectNode activity, UserView users) {
		ObjectNode view = activity.deepCopy();
		view.put("user_name", nameOf(users, activity, "user_id"));
		view.put("created_by_name", nameOf(users, activity, "created_by"));
		view.put("updated_by_name", nameOf(users, activity, "updated_by"));
		return view;
	}

	private static String nameOf(UserView users, ObjectNode activity, String field) {
		String userId = activity.path(field).asString(null);
		return (userId == null) ? null : users.nameOf(userId);
	}

}
