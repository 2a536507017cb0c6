package closebatch.sandbox.search;

import static closebatch.sandbox.search.Queries.objectType;
import static closebatch.sandbox.search.Queries.search;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.SandboxSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cursor expiry and the hard limit on paginated results (docs/003, "Pagination": "Cursors
 * expire after 30 seconds", "a hard limit of 10,000 objects when paginating"), with a
 * 1-second TTL and a cap of 50 so the test need not wait or create 10,000 leads.
 */
class SearchCursorLimitsContractTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension(
			SandboxSettings.defaults().withRateLimitPerKey(0).withSearchLimits(Duration.ofSeconds(1), 50));

	private final SandboxClient close = sandbox.client();

	@Test
	void aCursorIsRefusedAsExpiredOnceItsTimeIsUp() throws InterruptedException {
		createLeads(3);
		String cursor = this.close.post("data/search/", search(objectType("lead"), "_limit", 1))
			.ok()
			.get("cursor")
			.asString();

		Thread.sleep(1_200);
		SandboxClient.Response response = this.close.post("data/search/",
				search(objectType("lead"), "_limit", 1, "cursor", cursor));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().toString())
			.isEqualTo("{\"errors\":[],\"field-errors\":{\"cursor\":\"Expired cursor\"}}");
	}

	@Test
	void aCursorCanBeUsedAgainUntilItExpiresSoALostPageCanBeRetried() {
		createLeads(3);
		String cursor = this.close.post("data/search/", search(objectType("lead"), "_limit", 1))
			.ok()
			.get("cursor")
			.asString();

		ObjectNode first = this.close.post("data/search/", Map.of("cursor", cursor, "_limit", 1)).ok();
		ObjectNode retried = this.close.post("data/search/", Map.of("cursor", cursor, "_limit", 1)).ok();

		assertThat(retried.get("data")).isEqualTo(first.get("data"));
	}

	@Test
	void pagingStopsAtTheResultCapWithANullCursor() {
		createLeads(60);
		List<Integer> pageSizes = new ArrayList<>();
		Map<String, Object> body = search(objectType("lead"), "_limit", 20, "include_counts", true);
		ObjectNode page = this.close.post("data/search/", body).ok();
		pageSizes.add(page.get("data").size());
		while (!page.get("cursor").isNull()) {
			body.put("cursor", page.get("cursor").asString());
			page = this.close.post("data/search/", body).ok();
			pageSizes.add(page.get("data").size());
		}

		assertThat(pageSizes).containsExactly(20, 20, 10);
		assertThat(page.at("/count/total").asInt()).isEqualTo(60);
	}

	@Test
	void theLimitsCanBeChangedThroughTheControlEndpoint() throws InterruptedException {
		createLeads(3);
		SandboxClient control = SandboxClient.withKey(sandbox.sandbox().controlUrl(), SandboxExtension.API_KEY);
		control.put("settings/", Map.of("cursor_ttl_seconds", 30, "search_cap", 2)).ok();

		ObjectNode first = this.close.post("data/search/", search(objectType("lead"), "_limit", 1)).ok();
		Thread.sleep(1_200);
		ObjectNode last = this.close.post("data/search/", Map.of("cursor", first.get("cursor").asString())).ok();

		assertThat(last.get("data")).hasSize(1);
		assertThat(last.get("cursor").isNull()).isTrue();
	}

	private void createLeads(int count) {
		for (int i = 0; i < count; i++) {
			this.close.post("lead/", Map.of("name", "Lead " + i)).ok();
		}
	}

}
