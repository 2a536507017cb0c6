package closebatch.sandbox.store;

import java.util.ArrayList;
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
 * A document handed to {@link #put} belongs to the store from then on and must not be
 * changed; to change an object, put a modified copy ({@code doc.deepCopy()}).
 */
public final class Transaction {

	private record Key(Kind kind, String id) {
	}

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
		Change change = this.changes.get(new Key(kind, id));
		return (change != null) ? change.doc() : this.store.get(kind, id);
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
		for (ObjectNode doc : this.store.children(kind, leadId)) {
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

	List<Change> changes() {
		return List.copyOf(this.changes.values());
	}

}
