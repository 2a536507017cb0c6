package closebatch.close;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An API key is never shown, only its fingerprint. */
class ApiKeyTest {

	private static final String SECRET = "api_3kR9zQv1xLmN0pT7wYbC2d";

	@Test
	void toStringShowsTheFingerprintAndNeverTheKey() {
		ApiKey key = ApiKey.of(SECRET);

		assertThat(key.toString()).doesNotContain(SECRET)
			.doesNotContain(SECRET.substring(SECRET.length() - 4))
			.matches("ApiKey\\[key#[0-9a-f]{8}]");
		assertThat(key.fingerprint()).isEqualTo(ApiKey.of(SECRET).fingerprint())
			.isNotEqualTo(ApiKey.of(SECRET + "x").fingerprint());
	}

	@Test
	void keysWithTheSameValueAreEqual() {
		assertThat(ApiKey.of(SECRET)).isEqualTo(ApiKey.of(SECRET))
			.hasSameHashCodeAs(ApiKey.of(SECRET))
			.isNotEqualTo(ApiKey.of("api_other"));
	}

	@Test
	void authenticatesWithBasicAuthTheKeyAsUserAndAnEmptyPassword() {
		assertThat(ApiKey.of("api_abc").authorization()).isEqualTo("Basic YXBpX2FiYzo=");
	}

	@Test
	void refusesTextThatCannotBeAKeyWithoutRepeatingIt() {
		assertThatThrownBy(() -> ApiKey.of("api_secret:part")).hasMessageContaining("colon")
			.hasMessageNotContaining("api_secret");
		assertThatThrownBy(() -> ApiKey.of("api_secret part")).hasMessageContaining("white space")
			.hasMessageNotContaining("api_secret");
		assertThatThrownBy(() -> ApiKey.of("")).hasMessageContaining("empty");
	}

}
