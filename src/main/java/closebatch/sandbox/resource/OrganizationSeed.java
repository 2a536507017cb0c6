package closebatch.sandbox.resource;

import java.util.List;

import closebatch.sandbox.http.ApiException;
import closebatch.sandbox.http.ApiKeys;
import closebatch.sandbox.http.Json;
import closebatch.sandbox.store.Ids;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.SandboxStore;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a new Close organization starts with: the organization, its admin user, the
 * default lead statuses, and a "Sales" pipeline with its opportunity statuses.
 */
public final class OrganizationSeed {

	static final List<String> DEFAULT_LEAD_STATUSES = List.of("Potential", "Bad Fit", "Qualified", "Customer");

	private OrganizationSeed() {
	}

	/** Creates the organization and its defaults unless the store already has one. */
	public static void ensure(SandboxStore store) {
		store.write(tx -> {
			if (!tx.all(Kind.ORGANIZATION).isEmpty()) {
				return null;
			}
			seed(tx);
			return null;
		});
	}

	/** Creates the organization, its admin and its defaults in a transaction. */
	static void seed(Transaction tx) {
		String now = tx.timestamps().now();
		ObjectNode organization = Json.object();
		String organizationId = Ids.newId(Kind.ORGANIZATION);
		organization.put("id", organizationId);
		organization.put("name", "Sandbox Organization");
		organization.put("currency", "USD");
		organization.put("date_created", now);
		organization.put("date_updated", now);
		tx.put(Kind.ORGANIZATION, organization);

		ObjectNode admin = Json.object();
		admin.put("id", Ids.newId(Kind.USER));
		admin.put("first_name", "Sandbox");
		admin.put("last_name", "Admin");
		admin.put("email", "admin@sandbox.invalid");
		admin.put("organization_id", organizationId);
		admin.put("role", "admin");
		admin.put("date_created", now);
		admin.put("date_updated", now);
		tx.put(Kind.USER, admin);
		seedDefaults(tx, organizationId);
	}

	/**
	 * The default lead statuses and the "Sales" pipeline with its opportunity statuses.
	 */
	private static void seedDefaults(Transaction tx, String organizationId) {
		String now = tx.timestamps().now();
		for (String label : DEFAULT_LEAD_STATUSES) {
			ObjectNode status = Json.object();
			status.put("id", Ids.newId(Kind.LEAD_STATUS));
			status.put("label", label);
			status.put("organization_id", organizationId);
			status.put("date_created", tx.timestamps().now());
			tx.put(Kind.LEAD_STATUS, status);
		}

		ObjectNode pipeline = Json.object();
		String pipelineId = Ids.newId(Kind.PIPELINE);
		pipeline.put("id", pipelineId);
		pipeline.put("name", "Sales");
		pipeline.put("organization_id", organizationId);
		pipeline.put("date_created", now);
		pipeline.put("date_updated", now);
		tx.put(Kind.PIPELINE, pipeline);
		String[][] opportunityStatuses = { { "Active", "active" }, { "Won", "won" }, { "Lost", "lost" } };
		for (String[] labelAndType : opportunityStatuses) {
			ObjectNode status = Json.object();
			status.put("id", Ids.newId(Kind.OPPORTUNITY_STATUS));
			status.put("label", labelAndType[0]);
			status.put("status_type", labelAndType[1]);
			status.put("pipeline_id", pipelineId);
			status.put("organization_id", organizationId);
			status.put("date_created", tx.timestamps().now());
			tx.put(Kind.OPPORTUNITY_STATUS, status);
		}
	}

	/** The organization's admin: the first user, who owns keys added without a user. */
	static ObjectNode admin(Transaction tx) {
		return tx.all(Kind.USER).get(0);
	}

	/**
	 * Lets a key authenticate as the admin user; a key already known is left as it is.
	 */
	public static void addApiKey(SandboxStore store, String key) {
		addApiKey(store, key, null);
	}

	/**
	 * Lets a key authenticate as a user (the admin when {@code userId} is null); a key
	 * already known is left as it is.
	 */
	public static void addApiKey(SandboxStore store, String key, String userId) {
		store.write(tx -> {
			String digest = ApiKeys.digest(key);
			ObjectNode user = (userId == null) ? admin(tx) : tx.get(Kind.USER, userId);
			if (user == null) {
				throw ApiException.fieldError("user_id", "User \"" + userId + "\" does not exist.");
			}
			if (tx.get(Kind.API_KEY, digest) == null) {
				ObjectNode entry = Json.object();
				entry.put("id", digest);
				entry.put("user_id", user.get("id").asString());
				entry.put("organization_id", user.get("organization_id").asString());
				tx.put(Kind.API_KEY, entry);
			}
			return null;
		});
	}

	/** Adds a member to the organization. */
	public static ObjectNode addUser(SandboxStore store, String firstName, String lastName, String email) {
		return store.write(tx -> {
			ObjectNode admin = admin(tx);
			String now = tx.timestamps().now();
			ObjectNode user = Json.object();
			user.put("id", Ids.newId(Kind.USER));
			user.put("first_name", firstName);
			user.put("last_name", lastName);
			user.put("email", email);
			user.put("organization_id", admin.get("organization_id").asString());
			user.put("role", "member");
			user.put("date_created", now);
			user.put("date_updated", now);
			tx.put(Kind.USER, user);
			return user;
		});
	}

	/**
	 * Moves a member to the organization's inactive memberships, or back; an inactive
	 * member's keys no longer authenticate, but records may still name them. The admin
	 * stays active.
	 */
	public static ObjectNode setActive(SandboxStore store, String userId, boolean active) {
		return store.write(tx -> {
			ObjectNode user = tx.get(Kind.USER, userId);
			if (user == null) {
				throw ApiException.notFound("User not found.");
			}
			if (!active && admin(tx).get("id").asString().equals(userId)) {
				throw ApiException.badRequest("The organization's admin cannot be deactivated.");
			}
			ObjectNode changed = user.deepCopy();
			changed.put("is_active", active);
			changed.put("date_updated", tx.timestamps().now());
			tx.put(Kind.USER, changed);
			return changed;
		});
	}

	/**
	 * Deletes every object of the organization and restores its defaults; users and keys
	 * stay.
	 */
	public static void reset(SandboxStore store) {
		store.write(tx -> {
			for (Kind kind : Kind.values()) {
				if (kind != Kind.ORGANIZATION && kind != Kind.USER && kind != Kind.API_KEY) {
					tx.all(kind).forEach(doc -> tx.delete(kind, doc.get("id").asString()));
				}
			}
			seedDefaults(tx, admin(tx).get("organization_id").asString());
			return null;
		});
	}

	/** A new random key in the form Close's keys have ({@code api_} and base62). */
	public static String newApiKey() {
		return "api_" + Ids.randomBase62(22) + "." + Ids.randomBase62(22);
	}

	/** Whether any key can authenticate. */
	public static boolean hasApiKeys(SandboxStore store) {
		return store.count(Kind.API_KEY) > 0;
	}

}
