package closebatch.mapping;

import java.util.Objects;

/**
 * An email address of a contact.
 *
 * @param email the checked address
 * @param type Close's type, such as {@code office} or {@code home}
 */
public record ContactEmail(String email, String type) {

	public ContactEmail {
		Objects.requireNonNull(email, "email");
		Objects.requireNonNull(type, "type");
	}

}
