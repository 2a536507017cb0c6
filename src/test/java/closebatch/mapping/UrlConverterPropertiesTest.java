package closebatch.mapping;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An address already in normal form is kept as written: the same text as rebuilding it
 * from its parts with a lower-case scheme and host.
 */
class UrlConverterPropertiesTest {

	@Property(tries = 2_000)
	void anAddressConvertsToItsPartsRebuiltWithALowerCaseSchemeAndHost(@ForAll("addresses") String address) {
		String rebuilt = rebuilt(address);

		if (rebuilt == null) {
			assertThat(converted(address)).as(address).isNull();
		}
		else {
			assertThat(converted(address)).as(address).isEqualTo(rebuilt);
		}
	}

	@Provide
	Arbitrary<String> addresses() {
		Arbitrary<String> scheme = Arbitraries.of("", "https://", "http://", "HTTPS://", "Http://", "ftp://");
		Arbitrary<String> userInfo = Arbitraries.of("", "", "", "user@", "a%20b:pw@");
		Arbitrary<String> host = Arbitraries.of("acme.com", "Acme.COM", "www.acme.co.uk", "localhost", "acme.",
				"xn--bcher-kva.example", "192.0.2.1");
		Arbitrary<String> port = Arbitraries.of("", "", ":8080", ":");
		Arbitrary<String> path = Arbitraries.strings().withChars("/aZ-_.~%20é;=@+ ").ofMaxLength(10);
		Arbitrary<String> query = Arbitraries.of("", "", "?q=1", "?a=b&c=d%2F", "?", "?x=é");
		Arbitrary<String> fragment = Arbitraries.of("", "", "#top", "#", "#a%41");
		return Combinators.combine(scheme, userInfo, host, port, path, query, fragment)
			.as((s, u, h, p, pa, q, f) -> s + u + h + p + (pa.isEmpty() || pa.startsWith("/") ? pa : "/" + pa) + q + f);
	}

	private static String converted(String address) {
		try {
			return new UrlConverter().convert(address);
		}
		catch (ValueRejected ex) {
			return null;
		}
	}

	/**
	 * The address rebuilt from its parts, every time; null where the converter refuses.
	 */
	private static String rebuilt(String address) {
		String text = address.strip();
		text = text.contains("://") ? text : "https://" + text;
		try {
			URI uri = new URI(text);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			String host = uri.getHost();
			if (!(scheme.equals("http") || scheme.equals("https")) || host == null || !host.contains(".")
					|| host.endsWith(".")) {
				return null;
			}
			return new URI(scheme, uri.getRawUserInfo(), host.toLowerCase(Locale.ROOT), uri.getPort(), uri.getPath(),
					uri.getQuery(), uri.getFragment())
				.toString();
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
