package closebatch.sandbox.resource;

import java.util.Set;

import closebatch.sandbox.http.Json;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.SandboxStore;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Users, memberships and the organization in Close's shapes.
 *
 * <p>
 * A user document keeps its membership: {@code role} ({@code admin} or {@code member})
 * and {@code is_active} (absent means active, for stores written before members could be
 * deactivated). Neither is part of Close's user object: they show in the organization's
 * {@code memberships} and {@code inactive_memberships}, whose entries carry the user's
 * data prefixed with {@code user_}, or nested under {@code user} when
 * {@code _expand=memberships__user,inactive_memberships__user} asks for it.
 */
final class MemberViews {

	/** The values {@code _expand} of {@code GET /organization/{id}/} takes. */
	static final Set<String> EXPANSIONS = Set.of("memberships__user", "inactive_memberships__user");

	private final SandboxStore store;

	MemberViews(SandboxStore store) {
		this.store = store;
	}

	static boolean isActive(ObjectNode user) {
		return user.path("is_active").asBoolean(true);
	}

	/** A user as {@code GET /user/{id}/} returns it. */
	ObjectNode user(ObjectNode user) {
		ObjectNode view = Json.object();
		view.put("id", user.get("id").asString());
		view.put("first_name", user.path("first_name").asString(""));
		view.put("last_name", user.path("last_name").asString(""));
		view.put("display_name", UserView.fullName(user));
		view.put("email", user.path("email").asString(null));
		view.putNull("image");
		view.putNull("google_profile_image_url");
		view.put("email_verified_at", user.path("date_created").asString(null));
		view.put("last_used_timezone", "UTC");
		view.put("date_created", user.path("date_created").asString(null));
		view.put("date_updated", user.path("date_updated").asString(null));
		view.putArray("organizations").add(user.path("organization_id").asString());
		return view;
	}

	/**
	 * The organization with its lead and opportunity statuses and its active and inactive
	 * memberships.
	 * @param expandUsers the {@code _expand} values given, a subset of
	 * {@link #EXPANSIONS}
	 */
	ObjectNode organization(String organizationId, Set<String> expandUsers) {
		ObjectNode view = this.store.get(Kind.ORGANIZATION, organizationId).deepCopy();
		ArrayNode active = view.putArray("memberships");
		ArrayNode inactive = view.putArray("inactive_memberships");
		for (ObjectNode user : this.store.oldestFirst(Kind.USER)) {
			if (isActive(user)) {
				active.add(membership(user, expandUsers.contains("memberships__user")));
			}
			else {
				inactive.add(membership(user, expandUsers.contains("inactive_memberships__user")));
			}
		}
		ArrayNode leadStatuses = view.putArray("lead_statuses");
		this.store.oldestFirst(Kind.LEAD_STATUS).forEach(leadStatuses::add);
		ArrayNode opportunityStatuses = view.putArray("opportunity_statuses");
		this.store.oldestFirst(Kind.OPPORTUNITY_STATUS).forEach(opportunityStatuses::add);
		return view;
	}

	private ObjectNode membership(ObjectNode user, boolean nested) {
		String userId = user.get("id").asString();
		ObjectNode membership = Json.object();
		membership.put("id", "memb_" + userId.substring(userId.indexOf('_') + 1));
		membership.put("organization_id", user.path("organization_id").asString());
		membership.put("user_id", userId);
		membership.put("role_id", user.path("role").asString("member"));
		membership.put("date_created", user.path("date_created").asString(null));
		membership.put("date_updated", user.path("date_updated").asString(null));
		if (nested) {
			membership.set("user", user(user));
		}
		else {
			ObjectNode view = user(user);
			for (String field : new String[] { "first_name", "last_name", "email", "image" }) {
				membership.set("user_" + field, view.get(field));
			}
			membership.put("user_full_name", view.get("display_name").asString());
		}
		return membership;
	}

}
