package closebatch.mapping;

import java.util.Objects;

/**
 * A phone number of a contact.
 *
 * @param phone the number, in E.164 when the mapping normalised it
 * @param type Close's type, such as {@code office} or {@code mobile}
 */
public record ContactPhone(String phone, String type) {

	public ContactPhone {
		Objects.requireNonNull(phone, "phone");
		Objects.requireNonNull(type, "type");
	}

}
