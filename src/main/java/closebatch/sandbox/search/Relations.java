package closebatch.sandbox.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import closebatch.sandbox.store.Kind;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which object types {@code has_related} can go between, and how to find the related
 * objects.
 *
 * <p>
 * The docs name a contact's lead and its email and phone records; the sandbox also goes
 * the other ways (a lead's contacts, a contact's emails, phones and URLs, a lead's
 * addresses, the contacts' records of a lead) and to the other children of a lead
 * (opportunities, tasks, activities, which a contact reaches through their
 * {@code contact_id}).
 */
final class Relations {

	private static final Set<ObjectKind> CONTACT_RECORDS = EnumSet.of(ObjectKind.CONTACT_EMAIL,
			ObjectKind.CONTACT_PHONE, ObjectKind.CONTACT_URL);

	private static final Set<ObjectKind> LEAD_CHILDREN = EnumSet.of(ObjectKind.CONTACT, ObjectKind.OPPORTUNITY,
			ObjectKind.TASK, ObjectKind.ACTIVITY);

	private static final Map<ObjectKind, String> RECORD_LISTS = Map.of(ObjectKind.CONTACT_EMAIL, "emails",
			ObjectKind.CONTACT_PHONE, "phones", ObjectKind.CONTACT_URL, "urls", ObjectKind.ADDRESS, "addresses");

	private Relations() {
	}

	/** Whether objects of one kind can have related objects of the other. */
	static boolean supports(ObjectKind from, ObjectKind to) {
		return switch (from) {
			case LEAD -> LEAD_CHILDREN.contains(to) || CONTACT_RECORDS.contains(to) || to == ObjectKind.ADDRESS;
			case CONTACT -> to == ObjectKind.LEAD || CONTACT_RECORDS.contains(to) || to == ObjectKind.OPPORTUNITY
					|| to == ObjectKind.TASK || to == ObjectKind.ACTIVITY;
			case OPPORTUNITY, TASK, ACTIVITY -> to == ObjectKind.LEAD || to == ObjectKind.CONTACT;
			case CONTACT_EMAIL, CONTACT_PHONE, CONTACT_URL -> to == ObjectKind.CONTACT;
			case ADDRESS -> to == ObjectKind.LEAD;
		};
	}

	/** The objects of a type related to a candidate. */
	static List<Candidate> of(Candidate candidate, ObjectType type, EvaluationContext context) {
		List<Candidate> related = new ArrayList<>();
		for (Candidate other : all(candidate, type.kind(), context)) {
			if (type.matches(other)) {
				related.add(other);
			}
		}
		return related;
	}

	private static List<Candidate> all(Candidate candidate, ObjectKind to, EvaluationContext context) {
		ObjectKind from = candidate.kind();
		if (from == ObjectKind.LEAD) {
			return fromLead(candidate, to, context);
		}
		if (from == ObjectKind.CONTACT) {
			return fromContact(candidate, to, context);
		}
		if (candidate.owner() != null) {
			return (candidate.owner().kind() == to) ? List.of(candidate.owner()) : List.of();
		}
		String idField = (to == ObjectKind.LEAD) ? "lead_id" : "contact_id";
		return storedById(to, candidate.doc().path(idField).asString(null), context);
	}

	private static List<Candidate> fromLead(Candidate lead, ObjectKind to, EvaluationContext context) {
		if (LEAD_CHILDREN.contains(to)) {
			return leadChildren(to, lead.id(), context);
		}
		if (to == ObjectKind.ADDRESS) {
			return lead.embedded(to, RECORD_LISTS.get(to));
		}
		List<Candidate> records = new ArrayList<>();
		for (Candidate contact : leadChildren(ObjectKind.CONTACT, lead.id(), context)) {
			records.addAll(contact.embedded(to, RECORD_LISTS.get(to)));
		}
		return records;
	}

	private static List<Candidate> fromContact(Candidate contact, ObjectKind to, EvaluationContext context) {
		String leadId = contact.doc().path("lead_id").asString(null);
		if (to == ObjectKind.LEAD) {
			return storedById(to, leadId, context);
		}
		if (CONTACT_RECORDS.contains(to)) {
			return contact.embedded(to, RECORD_LISTS.get(to));
		}
		List<Candidate> children = new ArrayList<>();
		for (Candidate child : leadChildren(to, leadId, context)) {
			if (contact.id().equals(child.doc().path("contact_id").asString(null))) {
				children.add(child);
			}
		}
		return children;
	}

	/** The stored children of a kind of a lead, in the order they were added to it. */
	private static List<Candidate> leadChildren(ObjectKind kind, String leadId, EvaluationContext context) {
		List<Candidate> children = new ArrayList<>();
		if (leadId != null) {
			context.store()
				.children(kind.storeKind(), leadId)
				.forEach(child -> children.add(Candidate.stored(kind, child)));
		}
		return children;
	}

	private static List<Candidate> storedById(ObjectKind kind, String id, EvaluationContext context) {
		Kind storeKind = kind.storeKind();
		ObjectNode doc = (storeKind == null) ? null : context.store().get(storeKind, id);
		return (doc == null) ? List.of() : List.of(Candidate.stored(kind, doc));
	}

}
