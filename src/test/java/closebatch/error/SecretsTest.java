package closebatch.error;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Secrets are taken out of any text; quotations of the user's data are bounded. */
class SecretsTest {

	@Test
	void redactsEveryRegisteredKeyWhereverItAppears() {
		Secrets.registerAll("api_secrets_test_one, api_secrets_test_two");

		assertThat(Secrets.redact("CLOSE_API_KEY=api_secrets_test_one\u0000PATH=/bin api_secrets_test_two"))
			.isEqualTo("CLOSE_API_KEY=[redacted]\u0000PATH=/bin [redacted]");
	}

	@Test
	void ignoresValuesTooShortToBeKeys() {
		Secrets.register("abc");

		assertThat(Secrets.redact("abc abc")).isEqualTo("abc abc");
	}

	@Test
	void quotesAtMostABoundedPrefixOnOneLine() {
		String huge = "x".repeat(10_000_000);

		assertThat(Excerpt.of(huge)).hasSize(Excerpt.MAX_VALUE + 1).endsWith("…");
		assertThat(Excerpt.of("a\u0000b\nc")).isEqualTo("a<U+0000>b<U+000A>c");
		assertThat(Excerpt.list(java.util.Collections.nCopies(2_000, "Col"))).endsWith("and 1980 more");
		assertThat(Excerpt.list(List.of("A", "B"))).isEqualTo("A, B");
	}

}
