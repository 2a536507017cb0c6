package closebatch.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import closebatch.checkpoint.Ledger;
import closebatch.close.CloseClient;
import closebatch.close.Query;
import closebatch.mapping.ContactLink;
import closebatch.mapping.ObjectType;
import closebatch.mapping.RecordKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What one chunk reads of its leads in Close, each at most once: a lead's objects of the
 * step's type (to find a record the ledger does not know by what it holds) and its
 * contacts (to link an object to one by email or name).
 *
 * <p>
 * An object of Close is this record when it holds every value the record's create would
 * write, and no other record of the namespace holds it already (the ledger's, or one
 * matched earlier in the chunk): two equal notes in the file are two notes in Close.
 */
final class ObjectsInClose {

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private final CloseClient client;

	private final Ledger ledger;

	private final String target;

	private final String namespace;

	private final ObjectType type;

	private final String customActivityTypeId;

	private final Map<String, List<JsonNode>> objects = new ConcurrentHashMap<>();

	private final Map<String, List<JsonNode>> contacts = new ConcurrentHashMap<>();

	private final Set<String> claimed = ConcurrentHashMap.newKeySet();

	ObjectsInClose(CloseClient client, Ledger ledger, String target, String namespace, ObjectType type,
			String customActivityTypeId) {
		this.client = client;
		this.ledger = ledger;
		this.target = target;
		this.namespace = namespace;
		this.type = type;
		this.customActivityTypeId = customActivityTypeId;
	}

	/**
	 * The lead's object that is this record, claimed for it; empty when none is.
	 * @param fresh whether to read the lead's objects again (after a create in doubt)
	 */
	Optional<JsonNode> match(String leadId, ObjectNode create, boolean fresh) {
		if (fresh) {
			this.objects.remove(leadId);
		}
		List<JsonNode> candidates = this.objects.computeIfAbsent(leadId, this::read);
		synchronized (candidates) {
			for (JsonNode candidate : candidates) {
				String id = candidate.path("id").asString();
				if (!this.claimed.contains(id) && holds(candidate, create)) {
					this.claimed.add(id);
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

	/** The lead's objects of the type, with those other records hold already claimed. */
	private List<JsonNode> read(String leadId) {
		Query query = Query.empty().with("lead_id", leadId);
		if (this.customActivityTypeId != null) {
			query = query.with("custom_activity_type_id", this.customActivityTypeId);
		}
		List<JsonNode> found = new ArrayList<>(this.client.listAll(this.type.path(), query).toList());
		this.claimed.addAll(this.ledger.claimedIds(this.target, this.namespace,
				found.stream().map((object) -> object.path("id").asString()).toList()));
		return found;
	}

	/** The id of the lead's contact the link names; empty when it has none. */
	Optional<String> contactId(String leadId, ContactLink link) {
		List<JsonNode> ofLead = this.contacts.computeIfAbsent(leadId,
				(id) -> this.client.listAll("contact/", Query.empty().with("lead_id", id)).toList());
		for (JsonNode contact : ofLead) {
			boolean named = (link.email() != null)
					? contact.path("emails")
						.values()
						.stream()
						.anyMatch((email) -> link.email()
							.equals(email.path("email").asString("").toLowerCase(Locale.ROOT)))
					: RecordKeys.normalise(link.name()).equals(RecordKeys.normalise(contact.path("name").asString("")));
			if (named) {
				return Optional.of(contact.path("id").asString());
			}
		}
		return Optional.empty();
	}

	/** Whether the object in Close holds every value the create would write. */
	private static boolean holds(JsonNode candidate, ObjectNode create) {
		Set<String> fields = new HashSet<>(create.propertyNames());
		if (fields.contains("note_html")) {
			// Close rewrites HTML (and derives the text from it): compare the words.
			fields.remove("note_html");
			fields.remove("note");
			if (!words(create.path("note_html")).equals(words(candidate.path("note_html")))) {
				return false;
			}
		}
		return fields.stream().allMatch((field) -> CloseDiff.same(create.path(field), candidate.path(field)));
	}

	private static String words(JsonNode html) {
		return TAG.matcher(html.asString("")).replaceAll(" ").replaceAll("\\s+", " ").strip();
	}

}
