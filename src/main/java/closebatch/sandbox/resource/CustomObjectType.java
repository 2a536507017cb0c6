package closebatch.sandbox.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An object type that carries custom field values, with the kind its own fields are
 * stored as: leads, contacts, opportunities, and each custom activity type.
 *
 * <p>
 * The fields of every custom activity type are stored as one kind; a field belongs to the
 * type its {@code custom_activity_type_id} names, and an activity carries the fields of
 * the type it is an instance of.
 *
 * @param apiName the name in payloads: {@code lead}, {@code contact},
 * {@code opportunity}, {@code custom_activity_type}
 * @param customActivityTypeId the custom activity type, or null for the other types
 */
record CustomObjectType(String apiName, String displayName, Kind objectKind, Kind fieldKind,
		String customActivityTypeId) {

	static final CustomObjectType LEAD = new CustomObjectType("lead", "Lead", Kind.LEAD, Kind.LEAD_CUSTOM_FIELD, null);

	static final CustomObjectType CONTACT = new CustomObjectType("contact", "Contact", Kind.CONTACT,
			Kind.CONTACT_CUSTOM_FIELD, null);

	static final CustomObjectType OPPORTUNITY = new CustomObjectType("opportunity", "Opportunity", Kind.OPPORTUNITY,
			Kind.OPPORTUNITY_CUSTOM_FIELD, null);

	static final String CUSTOM_ACTIVITY_TYPE = "custom_activity_type";

	/** Leads, contacts and opportunities: the types that exist in every organization. */
	static final List<CustomObjectType> BUILT_IN = List.of(LEAD, CONTACT, OPPORTUNITY);

	/** The custom activities of one type. */
	static CustomObjectType customActivity(String typeId) {
		return new CustomObjectType(CUSTOM_ACTIVITY_TYPE, "Custom Activity", Kind.ACTIVITY, Kind.ACTIVITY_CUSTOM_FIELD,
				typeId);
	}

	/** The built-in types and one per custom activity type of the organization. */
	static List<CustomObjectType> all(Transaction tx) {
		List<CustomObjectType> types = new ArrayList<>(BUILT_IN);
		tx.all(Kind.CUSTOM_ACTIVITY_TYPE).forEach(type -> types.add(customActivity(type.get("id").asString())));
		return types;
	}

	static Optional<CustomObjectType> builtIn(String apiName) {
		return BUILT_IN.stream().filter(type -> type.apiName.equals(apiName)).findFirst();
	}

	/** Whether a field stored as {@link #fieldKind()} is one of this type's own. */
	boolean ownsField(ObjectNode field) {
		return this.customActivityTypeId == null
				|| this.customActivityTypeId.equals(field.path("custom_activity_type_id").asString(null));
	}

	/** Whether an object stored as {@link #objectKind()} is of this type. */
	boolean carries(ObjectNode object) {
		return this.customActivityTypeId == null
				|| this.customActivityTypeId.equals(object.path("custom_activity_type_id").asString(null));
	}

	/** Whether a shared field's association names this type. */
	boolean isNamedBy(JsonNode association) {
		return this.apiName.equals(association.path("object_type").asString("")) && (this.customActivityTypeId == null
				|| this.customActivityTypeId.equals(association.path("custom_activity_type_id").asString(null)));
	}

	/**
	 * How a path names this type: {@code lead}, or {@code custom_activity_type/<id>} for
	 * an association.
	 */
	String associationPath() {
		return (this.customActivityTypeId == null) ? this.apiName : this.apiName + "/" + this.customActivityTypeId;
	}

	/**
	 * The key of this type's custom field schema: {@code lead}, or {@code activity/<id>}.
	 */
	String schemaKey() {
		return (this.customActivityTypeId == null) ? this.apiName : "activity/" + this.customActivityTypeId;
	}

}
