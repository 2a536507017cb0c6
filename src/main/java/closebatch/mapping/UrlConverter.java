package closebatch.mapping;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Normalises a web address: adds {@code https://} when no scheme is given, lower-cases
 * the scheme and host, and refuses anything that is not an http(s) address with a dotted
 * host.
 */
final class UrlConverter implements Transform.ValueConverter {

	@Override
	public String convert(String value) throws ValueRejected {
		String text = value.strip();
		if (!text.contains("://")) {
			text = "https://" + text;
		}
		try {
			URI uri = new URI(text);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			String host = uri.getHost();
			if ((scheme.equals("http") || scheme.equals("https")) && host != null && host.contains(".")
					&& !host.endsWith(".")) {
				String lowerHost = host.toLowerCase(Locale.ROOT);
				if (scheme.equals(uri.getScheme()) && lowerHost.equals(uri.getRawAuthority())
						&& text.indexOf('%') < 0) {
					// rebuilding it from its parts would give the same text
					return text;
				}
				return new URI(scheme, uri.getRawUserInfo(), lowerHost, uri.getPort(), uri.getPath(), uri.getQuery(),
						uri.getFragment())
					.toString();
			}
		}
		catch (URISyntaxException ex) {
			// refused below
		}
		throw new ValueRejected("'" + value + "' is not a valid web address");
	}

}
