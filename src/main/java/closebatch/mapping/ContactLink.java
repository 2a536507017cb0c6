package closebatch.mapping;

/**
 * The contact of its lead an object is about, by email address or name (one of them).
 *
 * @param email the contact's email address, lower-cased, or {@code null}
 * @param name the contact's name, or {@code null}
 */
public record ContactLink(String email, String name) {

	public ContactLink {
		if ((email == null) == (name == null)) {
			throw new IllegalArgumentException("a contact link is an email or a name");
		}
	}

	/** How the link reads in a message. */
	public String describe() {
		return (this.email != null) ? "email " + this.email : "name '" + this.name + "'";
	}

}
