package closebatch.sandbox.resource;

import java.util.Arrays;
import java.util.Optional;

import closebatch.sandbox.store.Kind;

/**
 * The objects that carry custom field values, with the kind their own fields are stored
 * as.
 */
enum CustomObjectType {

	LEAD("lead", "Lead", Kind.LEAD, Kind.LEAD_CUSTOM_FIELD),
	CONTACT("contact", "Contact", Kind.CONTACT, Kind.CONTACT_CUSTOM_FIELD),
	OPPORTUNITY("opportunity", "Opportunity", Kind.OPPORTUNITY, Kind.OPPORTUNITY_CUSTOM_FIELD);

	private final String apiName;

	private final String displayName;

	private final Kind objectKind;

	private final Kind fieldKind;

	CustomObjectType(String apiName, String displayName, Kind objectKind, Kind fieldKind) {
		this.apiName = apiName;
		this.displayName = displayName;
		this.objectKind = objectKind;
		this.fieldKind = fieldKind;
	}

	/**
	 * The name in paths and payloads: {@code lead}, {@code contact}, {@code opportunity}.
	 */
	String apiName() {
		return this.apiName;
	}

	String displayName() {
		return this.displayName;
	}

	/** The kind of the objects that carry the values. */
	Kind objectKind() {
		return this.objectKind;
	}

	Kind fieldKind() {
		return this.fieldKind;
	}

	static Optional<CustomObjectType> fromApiName(String name) {
		return Arrays.stream(values()).filter(type -> type.apiName.equals(name)).findFirst();
	}

}
