package closebatch.mapping;

import java.util.Objects;

/**
 * A web address of a contact.
 *
 * @param url the address
 * @param type Close's type, usually {@code url}
 */
public record ContactUrl(String url, String type) {

	public ContactUrl {
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(type, "type");
	}

}
