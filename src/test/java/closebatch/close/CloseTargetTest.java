package closebatch.close;

import java.net.URI;
import java.util.Map;

import closebatch.close.CloseConfigurationException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The base URL: https, or plain http to this machine only. */
class CloseTargetTest {

	@Test
	void defaultsToClosesProductionApi() {
		assertThat(CloseTarget.fromEnvironment(Map.of()).baseUrl())
			.isEqualTo(URI.create("https://api.close.com/api/v1/"));
	}

	@Test
	void closeBaseUrlOverridesTheDefaultAndGainsATrailingSlash() {
		CloseTarget target = CloseTarget.fromEnvironment(Map.of("CLOSE_BASE_URL", "https://close.example/api/v1"));

		assertThat(target.baseUrl()).isEqualTo(URI.create("https://close.example/api/v1/"));
		assertThat(target.resolve("lead/?_limit=1"))
			.isEqualTo(URI.create("https://close.example/api/v1/lead/?_limit=1"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:8765/api/v1/", "http://localhost:8765/api/v1/",
			"http://[::1]:8765/api/v1/", "http://127.0.1.1/api/v1/" })
	void acceptsPlainHttpToALoopbackHost(String url) {
		assertThat(CloseTarget.of(url).plainHttp()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://api.close.com/api/v1/", "http://10.0.0.5:8765/api/v1/",
			"http://localhost.evil.example/api/v1/", "http://[::2]/api/v1/", "http://127.0.0.1.nip.io/" })
	void refusesPlainHttpToAnyOtherHost(String url) {
		assertThatThrownBy(() -> CloseTarget.of(url)).isInstanceOfSatisfying(CloseConfigurationException.class, ex -> {
			assertThat(ex.problem()).isEqualTo(Problem.BASE_URL);
			assertThat(ex.getMessage()).contains("Refusing plain http://");
			assertThat(ex.hint()).contains("https://");
		});
	}

	@Test
	void refusesAUserNameOrPasswordInTheUrlWithoutRepeatingIt() {
		assertThatThrownBy(() -> CloseTarget.of("https://api_secret:@api.close.com/api/v1/"))
			.isInstanceOf(CloseConfigurationException.class)
			.hasMessageContaining("user name or password")
			.hasMessageNotContaining("api_secret");
	}

	@Test
	void refusesSomethingThatIsNotAnHttpUrl() {
		assertThatThrownBy(() -> CloseTarget.of("ftp://api.close.com/"))
			.isInstanceOf(CloseConfigurationException.class);
		assertThatThrownBy(() -> CloseTarget.of("api.close.com/api/v1/"))
			.isInstanceOf(CloseConfigurationException.class)
			.hasMessage("The base URL api.close.com/api/v1/ is not an http(s) URL with a host");
		assertThatThrownBy(() -> CloseTarget.of("https://api.close.com/api/v1/?x=1"))
			.isInstanceOf(CloseConfigurationException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:8765/", "http://127.0.0.1:8765", "https://api.close.com/v1/",
			"https://api.close.com/api/" })
	void refusesABaseUrlWithoutTheApiPathNamingItAndTheExpectedForm(String url) {
		assertThatThrownBy(() -> CloseTarget.of(url)).isInstanceOfSatisfying(CloseConfigurationException.class, ex -> {
			assertThat(ex.problem()).isEqualTo(Problem.BASE_URL);
			assertThat(ex.getMessage()).contains(url.endsWith("/") ? url : url + "/").contains("/api/v1/");
			assertThat(ex.hint()).contains("CLOSE_BASE_URL").contains(URI.create(url).getHost()).contains("/api/v1/");
		});
	}

}
