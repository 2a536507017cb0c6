package closebatch.load;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import closebatch.close.CloseClient;
import closebatch.close.Query;
import tools.jackson.databind.JsonNode;

/**
 * Who may change which phone numbers: Close rents a personal number to the user of the
 * API key that asks, and lets only that user update or release it (docs, "Phone
 * Numbers"). So each of the run's keys is asked once whose it is ({@code GET me/}), and a
 * user's numbers are handled with that user's key; group numbers with any key.
 * Participants of group numbers are named by email and sent as user ids.
 */
final class PhoneOwners {

	/** A user with the key that acts for them. */
	record Owner(String userId, CloseClient client) {
	}

	private final Map<String, Owner> byEmail;

	private final CloseClient anyKey;

	private final Map<String, String> userIds;

	private PhoneOwners(Map<String, Owner> byEmail, CloseClient anyKey, Map<String, String> userIds) {
		this.byEmail = byEmail;
		this.anyKey = anyKey;
		this.userIds = userIds;
	}

	/** Asks Close whose each key is, and the ids of the organization's users. */
	static PhoneOwners of(CloseClient client) {
		Map<String, Owner> byEmail = new HashMap<>();
		for (CloseClient key : client.eachKey()) {
			JsonNode me = key.get("me/");
			String email = me.path("email").asString("").toLowerCase(Locale.ROOT);
			if (!email.isEmpty()) {
				byEmail.putIfAbsent(email, new Owner(me.path("id").asString(), key));
			}
		}
		Map<String, String> userIds = new HashMap<>();
		client.listAll("user/", Query.empty())
			.forEach((user) -> userIds.putIfAbsent(user.path("email").asString("").toLowerCase(Locale.ROOT),
					user.path("id").asString()));
		return new PhoneOwners(byEmail, client, userIds);
	}

	/**
	 * The key that acts for the user, or for group numbers ({@code null} user) any key;
	 * empty when no key of the run is the user's.
	 */
	Optional<CloseClient> clientFor(String user) {
		return (user == null) ? Optional.of(this.anyKey)
				: Optional.ofNullable(this.byEmail.get(user)).map(Owner::client);
	}

	/**
	 * The Close id of the user with this email (lower case), if the organization has one.
	 */
	Optional<String> userId(String email) {
		Owner owner = this.byEmail.get(email);
		return (owner != null) ? Optional.of(owner.userId()) : Optional.ofNullable(this.userIds.get(email));
	}

}
