package closebatch.sandbox.search;

import java.util.Locale;

/**
 * An object type as a query names it: a kind and, for activities and tasks, an optional
 * subtype ({@code activity.email}, {@code activity.custom_activity}, {@code task.lead}).
 *
 * <p>
 * A subtype matches the object's {@code _type} compared without case and underscores, so
 * {@code activity.lead_status_change} matches {@code LeadStatusChange} and
 * {@code activity.custom_activity} matches {@code CustomActivity}; {@code Custom} (the
 * name the activity list uses for custom activities) is accepted too.
 *
 * @param kind the kind of object
 * @param subtype the subtype after the dot, or null for every object of the kind
 */
record ObjectType(ObjectKind kind, String subtype) {

	/** Reads a type name; null if it names nothing the sandbox knows. */
	static ObjectType parse(String name) {
		int dot = name.indexOf('.');
		String base = (dot < 0) ? name : name.substring(0, dot);
		String subtype = (dot < 0) ? null : name.substring(dot + 1);
		ObjectKind kind = ObjectKind.fromApiName(base).orElse(null);
		if (kind == null || (subtype != null && (!kind.hasSubtypes() || subtype.isBlank()))) {
			return null;
		}
		return new ObjectType(kind, subtype);
	}

	static ObjectType of(ObjectKind kind) {
		return new ObjectType(kind, null);
	}

	/** Whether an object under evaluation is of this type. */
	boolean matches(Candidate candidate) {
		if (candidate.kind() != this.kind) {
			return false;
		}
		if (this.subtype == null) {
			return true;
		}
		String type = squash(candidate.doc().path("_type").asString(""));
		String wanted = squash(this.subtype);
		return type.equals(wanted) || (wanted.equals("customactivity") && type.equals("custom"));
	}

	@Override
	public String toString() {
		return (this.subtype == null) ? this.kind.apiName() : this.kind.apiName() + "." + this.subtype;
	}

	private static String squash(String name) {
		return name.replace("_", "").toLowerCase(Locale.ROOT);
	}

}
