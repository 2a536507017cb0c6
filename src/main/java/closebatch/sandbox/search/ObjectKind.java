package closebatch.sandbox.search;

import java.util.Arrays;
import java.util.Optional;

import closebatch.sandbox.store.Kind;

/**
 * The kinds of objects a query can look at: the two it returns (leads and contacts), the
 * other children of a lead, and the records embedded in leads and contacts that the docs
 * name for {@code has_related} ({@code contact_email}, {@code contact_phone},
 * {@code contact_url}, {@code address}).
 */
enum ObjectKind {

	LEAD("lead", Kind.LEAD), CONTACT("contact", Kind.CONTACT), CONTACT_EMAIL("contact_email", null),
	CONTACT_PHONE("contact_phone", null), CONTACT_URL("contact_url", null), ADDRESS("address", null),
	OPPORTUNITY("opportunity", Kind.OPPORTUNITY), TASK("task", Kind.TASK), ACTIVITY("activity", Kind.ACTIVITY);

	private final String apiName;

	private final Kind storeKind;

	ObjectKind(String apiName, Kind storeKind) {
		this.apiName = apiName;
		this.storeKind = storeKind;
	}

	/** The name in queries: {@code lead}, {@code contact_email}... */
	String apiName() {
		return this.apiName;
	}

	/** The kind of stored document, or null for records embedded in another object. */
	Kind storeKind() {
		return this.storeKind;
	}

	/** Whether a search can return objects of this kind (leads and contacts). */
	boolean returnable() {
		return this == LEAD || this == CONTACT;
	}

	/**
	 * Whether objects of this kind come in subtypes named after a dot
	 * ({@code activity.email}, {@code task.lead}).
	 */
	boolean hasSubtypes() {
		return this == ACTIVITY || this == TASK;
	}

	static Optional<ObjectKind> fromApiName(String name) {
		return Arrays.stream(values()).filter(kind -> kind.apiName.equals(name)).findFirst();
	}

	/** The returnable kind whose ids start with this id's prefix, if any. */
	static Optional<ObjectKind> ofId(String id) {
		if (id.startsWith(Kind.LEAD.idPrefix() + "_")) {
			return Optional.of(LEAD);
		}
		if (id.startsWith(Kind.CONTACT.idPrefix() + "_")) {
			return Optional.of(CONTACT);
		}
		return Optional.empty();
	}

}
