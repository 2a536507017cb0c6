package closebatch.mapping;

import java.util.Objects;

/**
 * The lead an object belongs to: a lead record by its key in the namespace of the mapping
 * that loads the leads, or a Close lead id.
 *
 * @param namespace the lead mapping's namespace, or {@code null} for a Close id
 * @param key the lead's normalised record key, or {@code null} for a Close id
 * @param closeId the Close lead id, or {@code null} for a key
 */
public record LeadLink(String namespace, String key, String closeId) {

	public LeadLink {
		if ((closeId == null) == (key == null)) {
			throw new IllegalArgumentException("a lead link is a key or a Close id");
		}
		if (key != null) {
			Objects.requireNonNull(namespace, "namespace");
		}
	}

	/** How the link reads in a message: {@code companies:acme} or the lead id. */
	public String describe() {
		return (this.closeId != null) ? "lead " + this.closeId : "'" + this.namespace + ":" + this.key + "'";
	}

}
