package closebatch.sandbox.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

import tools.jackson.databind.node.ObjectNode;

/**
 * The documents of one kind, indexed by id, by creation time and (for children of a lead)
 * by lead.
 *
 * <p>
 * Changed only by the store's committer thread; read by any thread without locks. The
 * per-lead lists are replaced, never modified, so a reader always sees a complete list.
 */
final class DocumentCollection {

	private final Map<String, ObjectNode> byId = new ConcurrentHashMap<>();

	private final ConcurrentNavigableMap<String, ObjectNode> byCreation = new ConcurrentSkipListMap<>();

	private final Map<String, List<String>> idsByLead = new ConcurrentHashMap<>();

	ObjectNode get(String id) {
		return this.byId.get(id);
	}

	int size() {
		return this.byId.size();
	}

	void put(ObjectNode doc) {
		String id = doc.get("id").asString();
		ObjectNode previous = this.byId.put(id, doc);
		String key = creationKey(doc);
		// Replaced in place when the key is unchanged, so that a reader iterating by
		// creation never
		// misses a document that is being updated.
		this.byCreation.put(key, doc);
		if (previous != null && !creationKey(previous).equals(key)) {
			this.byCreation.remove(creationKey(previous));
		}
		String leadId = leadId(doc);
		if (previous == null || !Objects.equals(leadId(previous), leadId)) {
			if (previous != null) {
				unlinkFromLead(previous);
			}
			if (leadId != null) {
				this.idsByLead.compute(leadId, (lead, ids) -> {
					List<String> copy = (ids == null) ? new ArrayList<>() : new ArrayList<>(ids);
					copy.add(id);
					return List.copyOf(copy);
				});
			}
		}
	}

	void remove(String id) {
		ObjectNode previous = this.byId.remove(id);
		if (previous != null) {
			this.byCreation.remove(creationKey(previous));
			unlinkFromLead(previous);
		}
	}

	void clear() {
		this.byId.clear();
		this.byCreation.clear();
		this.idsByLead.clear();
	}

	/**
	 * The children of a lead, oldest first (the order in which they were added to it).
	 */
	List<ObjectNode> byLead(String leadId) {
		List<String> ids = this.idsByLead.getOrDefault(leadId, List.of());
		List<ObjectNode> docs = new ArrayList<>(ids.size());
		for (String id : ids) {
			ObjectNode doc = this.byId.get(id);
			if (doc != null) {
				docs.add(doc);
			}
		}
		return Collections.unmodifiableList(docs);
	}

	/** All documents ordered by {@code date_created}, then id. */
	Iterable<ObjectNode> oldestFirst() {
		return this.byCreation.values();
	}

	/** All documents, newest {@code date_created} first. */
	Iterable<ObjectNode> newestFirst() {
		return this.byCreation.descendingMap().values();
	}

	private void unlinkFromLead(ObjectNode doc) {
		String leadId = leadId(doc);
		if (leadId == null) {
			return;
		}
		String id = doc.get("id").asString();
		this.idsByLead.computeIfPresent(leadId, (lead, ids) -> {
			List<String> copy = new ArrayList<>(ids);
			copy.remove(id);
			return copy.isEmpty() ? null : List.copyOf(copy);
		});
	}

	private static String leadId(ObjectNode doc) {
		var leadId = doc.get("lead_id");
		return (leadId == null || leadId.isNull()) ? null : leadId.asString();
	}

	private static String creationKey(ObjectNode doc) {
		String created = doc.path("date_created").asString("");
		return created + '\u0000' + Objects.requireNonNull(doc.get("id")).asString();
	}

}
