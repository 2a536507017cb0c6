package closebatch.sandbox.search;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One object a query is evaluated against: a stored document (lead, contact, opportunity,
 * task, activity) or a record embedded in one (an email, phone or URL of a contact, an
 * address of a lead), which keeps its owner for {@code has_related}.
 *
 * <p>
 * The rendered view of a document is made at most once, and only when a query asks for a
 * field that the stored document does not hold.
 */
final class Candidate {

	private final ObjectKind kind;

	private final ObjectNode doc;

	private final Candidate owner;

	private ObjectNode view;

	Candidate(ObjectKind kind, ObjectNode doc, Candidate owner) {
		this.kind = kind;
		this.doc = doc;
		this.owner = owner;
	}

	static Candidate stored(ObjectKind kind, ObjectNode doc) {
		return new Candidate(kind, doc, null);
	}

	ObjectKind kind() {
		return this.kind;
	}

	/** The stored document, or the embedded record. */
	ObjectNode doc() {
		return this.doc;
	}

	/**
	 * The object an embedded record belongs to (a contact, a lead); null for stored
	 * documents.
	 */
	Candidate owner() {
		return this.owner;
	}

	/** The id, or null for embedded records, which have none. */
	String id() {
		return this.doc.path("id").asString(null);
	}

	/** The document as the REST API renders it; embedded records are their own view. */
	ObjectNode view(EvaluationContext context) {
		if (this.view == null) {
			this.view = switch (this.kind) {
				case LEAD -> context.views().lead(this.doc);
				case CONTACT -> context.views().contact(this.doc);
				case OPPORTUNITY -> context.views().opportunity(this.doc);
				case TASK -> context.views().task(this.doc);
				case ACTIVITY -> context.views().activity(this.doc);
				default -> this.doc;
			};
		}
		return this.view;
	}

	/** The value of a top-level field ({@link RegularFields} says how each is found). */
	JsonNode field(String name, EvaluationContext context) {
		return RegularFields.value(this, name, context);
	}

	/** The records embedded in this object under a list field, each owned by it. */
	List<Candidate> embedded(ObjectKind recordKind, String listField) {
		List<Candidate> records = new ArrayList<>();
		for (JsonNode item : this.doc.path(listField)) {
			if (item instanceof ObjectNode record) {
				records.add(new Candidate(recordKind, record, this));
			}
		}
		return records;
	}

}
