package closebatch.sandbox.store;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.node.ObjectNode;

/**
 * A unit of writes: reads see the transaction's own changes, and nothing is applied
 * unless the work completes without an exception.
 *
 * <p>
 * It remembers what it read from the store (each document, each lead's children, each
 * kind listed whole), so that the store can tell at commit whether a concurrent write
 * changed any of it ({@link #readsUnchanged}) and run the work again if so.
 *
 * <p>
 * A document handed to {@link #put} belongs to the store from then on and must not be
 * changed; to change an object, put a modified copy ({@code doc.deepCopy()}).
 */
public final class Transaction {

	private record Key(Kind kind, String id) {
	}

	private static final Object ABSENT = new Object();

	private final Map<Key, Object> readDocs = new HashMap<>();

	private final Map<Key, List<ObjectNode>> readChildren = new HashMap<>();

	private final Map<Kind, Long> readVersions = new EnumMap<>(Kind.class);

	private final SandboxStore store;

	private final Map<Key, Change> changes = new LinkedHashMap<>();

	Transaction(SandboxStore store) {
		this.store = store;
	}

	/**
	 * The current document, including this transaction's changes; null if absent or
	 * deleted.
	 */
	public ObjectNode get(Kind kind, String id) {
		Key key = new Key(kind, id);
		Change change = this.changes.get(key);
		if (change != null) {
			return change.doc();
		}
		ObjectNode doc = this.store.get(kind, id);
		this.readDocs.putIfAbsent(key, (doc == null) ? ABSENT : doc);
		return doc;
	}

	/** Creates or replaces a document (its {@code id} field names it). */
	public void put(Kind kind, ObjectNode doc) {
		String id = Objects.requireNonNull(doc.get("id"), "document without id").asString();
		this.changes.put(new Key(kind, id), new Change(kind, id, doc));
	}

	public void delete(Kind kind, String id) {
		this.changes.put(new Key(kind, id), new Change(kind, id, null));
	}

	/** The children of a lead as this transaction sees them, oldest first. */
	public List<ObjectNode> children(Kind kind, String leadId) {
		List<ObjectNode> result = new ArrayList<>();
		List<ObjectNode> stored = this.store.children(kind, leadId);
		this.readChildren.putIfAbsent(new Key(kind, leadId), stored);
		for (ObjectNode doc : stored) {
			if (!this.changes.containsKey(new Key(kind, doc.get("id").asString()))) {
				result.add(doc);
			}
		}
		for (Change change : this.changes.values()) {
			if (change.kind() == kind && !change.isDelete()
					&& leadId.equals(change.doc().path("lead_id").asString(null))) {
				result.add(change.doc());
			}
		}
		return result;
	}

	/**
	 * Every document of a kind as this transaction sees them, committed ones in creation
	 * order first.
	 */
	public List<ObjectNode> all(Kind kind) {
		List<ObjectNode> result = new ArrayList<>();
		this.readVersions.putIfAbsent(kind, this.store.version(kind));
		for (ObjectNode doc : this.store.oldestFirst(kind)) {
			if (!this.changes.containsKey(new Key(kind, doc.get("id").asString()))) {
				result.add(doc);
			}
		}
		for (Change change : this.changes.values()) {
			if (change.kind() == kind && !change.isDelete()) {
				result.add(change.doc());
			}
		}
		return result;
	}

	/** The store's clock, for {@code date_created} and {@code date_updated}. */
	public Timestamps timestamps() {
		return this.store.timestamps();
	}

	/**
	 * Whether everything this transaction read from the store is still as it read it;
	 * called by the store's committer, with no other write being applied.
	 */
	boolean readsUnchanged() {
		for (Map.Entry<Kind, Long> entry : this.readVersions.entrySet()) {
			if (this.store.version(entry.getKey()) != entry.getValue()) {
				return false;
			}
		}
		for (Map.Entry<Key, Object> entry : this.readDocs.entrySet()) {
			ObjectNode now = this.store.get(entry.getKey().kind(), entry.getKey().id());
			if (((now == null) ? ABSENT : now) != entry.getValue()) {
				return false;
			}
		}
		for (Map.Entry<Key, List<ObjectNode>> entry : this.readChildren.entrySet()) {
			List<ObjectNode> now = this.store.children(entry.getKey().kind(), entry.getKey().id());
			List<ObjectNode> then = entry.getValue();
			if (now.size() != then.size()) {
				return false;
			}
			for (int i = 0; i < now.size(); i++) {
				if (now.get(i) != then.get(i)) {
					return false;
				}
			}
		}
		return true;
	}

	List<Change> changes() {
		return List.copyOf(this.changes.values());
	}

}
