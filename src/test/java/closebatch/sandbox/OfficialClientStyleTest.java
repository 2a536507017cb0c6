package closebatch.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import closebatch.sandbox.http.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the sandbox the way Close's official Python client ({@code closeio_api}, NOTES
 * §1 "How clients back off") and Close's scripts do: Basic auth with the key as user, GET
 * parameters sent as {@code _params} in a POST with {@code x-http-method-override:
 * GET}, and 429s retried after the {@code RateLimit} reset or {@code Retry-After}, at
 * most five times. The rate limit is low so that retries happen (issue #11).
 */
class OfficialClientStyleTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension(
			SandboxSettings.defaults().withApiKeys(List.of(SandboxExtension.API_KEY)).withRateLimitPerKey(8));

	private static final Pattern RESET = Pattern.compile("reset=([0-9.]+)");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private int retried429s;

	@Test
	void runsAMigrationRehearsalAsCloseScriptsDo() {
		String organizationId = get("me/", Map.of()).at("/organizations/0/id").asString();
		JsonNode organization = get("organization/" + organizationId + "/", Map.of());
		String adminId = organization.at("/memberships/0/user_id").asString();
		String adminEmail = organization.at("/memberships/0/user_email").asString();
		Map<String, String> emailsToIds = new LinkedHashMap<>();
		get("user/", Map.of("_skip", "0")).get("data")
			.forEach(user -> emailsToIds.put(user.get("email").asString(), user.get("id").asString()));
		send("POST", "custom_field/lead/", Map.of("name", "Segment", "type", "text"));
		for (int i = 0; i < 12; i++) {
			send("POST", "lead/",
					Map.of("name", "Lead " + i, "custom", Map.of("Segment", (i % 3 == 0) ? "Enterprise" : "SMB"),
							"contacts", List.of(Map.of("name", "Contact " + i))));
		}
		JsonNode enterprise = get("lead/",
				Map.of("query", "custom.Segment:\"Enterprise\" sort:created", "_fields", "id,display_name,custom"));
		List<String> sliced = new ArrayList<>();
		for (int slice = 0; slice < 2; slice++) {
			get("lead/", Map.of("query", "\"custom.Segment\":* slice:" + slice + "/2", "_fields", "id")).get("data")
				.forEach(lead -> sliced.add(lead.get("id").asString()));
		}
		String leadId = enterprise.at("/data/0/id").asString();
		JsonNode fetched = get("lead/" + leadId + "/", Map.of());
		JsonNode task = send("POST", "task/", Map.of("lead_id", leadId, "text", "Call", "assigned_to", adminId));
		send("POST", "sms_template/", Map.of("name", "Hello", "text", "Hi there", "is_shared", true));
		send("POST", "email_template/", Map.of("name", "Hello", "subject", "Hi", "body", "<p>Hi</p>"));
		JsonNode smsTemplates = get("sms_template/", Map.of("_limit", "10"));
		JsonNode emailTemplates = get("email_template/", Map.of("is_archived", "false"));

		assertThat(emailsToIds.get(adminEmail)).isEqualTo(adminId);
		assertThat(enterprise.get("data").findValuesAsString("display_name")).containsExactly("Lead 0", "Lead 3",
				"Lead 6", "Lead 9");
		assertThat(fetched.at("/custom/Segment").asString()).isEqualTo("Enterprise");
		assertThat(sliced).hasSize(12).doesNotHaveDuplicates();
		assertThat(task.get("assigned_to").asString()).isEqualTo(adminId);
		assertThat(smsTemplates.get("data").size()).isEqualTo(1);
		assertThat(emailTemplates.get("data").size()).isEqualTo(1);
		assertThat(this.retried429s).as("429s retried").isPositive();
	}

	/** {@code api.get(endpoint, params)}: the parameters always go in {@code _params}. */
	private JsonNode get(String path, Map<String, String> params) {
		return send("POST", path, Map.of("_params", params), Map.of("x-http-method-override", "GET"));
	}

	private JsonNode send(String method, String path, Object body) {
		return send(method, path, body, Map.of());
	}

	private JsonNode send(String method, String path, Object body, Map<String, String> headers) {
		String credentials = Base64.getEncoder()
			.encodeToString((SandboxExtension.API_KEY + ":").getBytes(StandardCharsets.UTF_8));
		for (int attempt = 0; attempt < 5; attempt++) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", "Basic " + credentials)
				.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(body)));
			headers.forEach(request::header);
			HttpResponse<String> response = exchange(request.build());
			if (response.statusCode() == 429) {
				this.retried429s++;
				sleep(retryDelay(response));
				continue;
			}
			assertThat(response.statusCode()).as(method + " " + path + ": " + response.body())
				.isEqualTo(method.equals("POST") && headers.isEmpty() && path.equals("sms_template/") ? 201 : 200);
			return Json.parse(response.body().getBytes(StandardCharsets.UTF_8));
		}
		throw new AssertionError("Still rate limited after 5 tries: " + method + " " + path);
	}

	private static Duration retryDelay(HttpResponse<String> response) {
		String rateLimit = response.headers().firstValue("RateLimit").orElse("");
		Matcher reset = RESET.matcher(rateLimit);
		if (reset.find()) {
			return Duration.ofMillis((long) (Double.parseDouble(reset.group(1)) * 1000) + 10);
		}
		return Duration.ofSeconds(Long.parseLong(response.headers().firstValue("Retry-After").orElse("2")));
	}

	private static HttpResponse<String> exchange(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
