package closebatch.sandbox.http;

import java.util.List;
import java.util.Map;

import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.store.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Never silent" (issue #11, DESIGN §6): a query parameter a route does not implement is
 * a 400 naming it, on every route, whether sent in the query string or in
 * {@code _params}; never a confident 200 that ignored it.
 */
class UnknownParameterContractTest {

	private static final String UNKNOWN = "sandbox_unknown_parameter";

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	private final SandboxClient close = sandbox.client();

	@Test
	void everyRouteRefusesAParameterItDoesNotImplementAndNamesIt() {
		List<Router.Endpoint> endpoints = sandbox.sandbox().apiEndpoints();
		assertThat(endpoints).hasSizeGreaterThan(50);
		for (Router.Endpoint endpoint : endpoints) {
			String path = endpoint.template().substring(1).replaceAll("\\{[a-z_]+}", "lead");
			SandboxClient.Response response = this.close.send(endpoint.method(), path + "?" + UNKNOWN + "=1",
					endpoint.method().equals("GET") || endpoint.method().equals("DELETE") ? null : Map.of(), Map.of());

			assertThat(response.status()).as("%s %s", endpoint.method(), endpoint.template()).isEqualTo(400);
			assertThat(response.body().at("/field-errors/" + UNKNOWN).asString())
				.as("%s %s", endpoint.method(), endpoint.template())
				.contains("does not support", UNKNOWN);
		}
	}

	/** The legacy lead search that made a deleting script loop forever (issue #11). */
	@Test
	void refusesAnUnknownParameterSentInParamsWithMethodOverride() {
		this.close.post("lead/", Map.of("name", "Acme")).ok();

		SandboxClient.Response response = this.close.send("POST", "lead/", Map.of("_params", Map.of("nonsense", "x")),
				Map.of("x-http-method-override", "GET"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().at("/field-errors/nonsense").asString()).contains("does not support");
	}

	@Test
	void refusesBeforeDoingAnything() {
		String leadId = this.close.post("lead/", Map.of("name", "Acme")).ok().get("id").asString();

		SandboxClient.Response response = this.close.delete("lead/" + leadId + "/?dry_run=true");

		assertThat(response.status()).isEqualTo(400);
		assertThat(sandbox.sandbox().store().count(Kind.LEAD)).isEqualTo(1);
	}

	@Test
	void stillAcceptsTheParametersTheImportAndExportClientsSend() {
		String leadId = this.close.post("lead/", Map.of("name", "Acme")).ok().get("id").asString();
		this.close.post("task/", Map.of("lead_id", leadId, "text", "Call")).ok();
		this.close.post("activity/note/", Map.of("lead_id", leadId, "note", "Hello")).ok();

		List<String> paths = List.of("lead/" + leadId + "/?_fields=id,contacts", "lead/?_limit=1&_skip=0",
				"task/?_order_by=date_created&_limit=10&_skip=0&date_created__gte=2000-01-01T00:00:00%2B00:00",
				"activity/note/?_order_by=date_created&_limit=10&_skip=0&date_created__gte=2000-01-01",
				"opportunity/?_order_by=date_created&_limit=1&date_created__gte=2000-01-01", "me/?_fields=id",
				"custom_field/lead/?_limit=1", "status/lead/?_limit=1", "phone_number/?is_group_number=false");
		for (String path : paths) {
			JsonNode body = this.close.get(path).body();
			assertThat(this.close.get(path).status()).as(path + ": " + body).isEqualTo(200);
		}
	}

	/**
	 * Docs/003: "Any of the filters of the GET endpoint may be used" for a bulk update.
	 */
	@Test
	void refusesABulkTaskUpdateWithoutAFilter() {
		String leadId = this.close.post("lead/", Map.of("name", "Acme")).ok().get("id").asString();
		String taskId = this.close.post("task/", Map.of("lead_id", leadId, "text", "Call")).ok().get("id").asString();

		SandboxClient.Response unfiltered = this.close.put("task/", Map.of("is_complete", true));
		SandboxClient.Response onlyOrdered = this.close.put("task/?_order_by=date", Map.of("is_complete", true));
		boolean completedByRefused = this.close.get("task/" + taskId + "/").ok().get("is_complete").asBoolean();
		SandboxClient.Response filtered = this.close.put("task/?id__in=" + taskId, Map.of("is_complete", true));

		assertThat(unfiltered.status()).isEqualTo(400);
		assertThat(unfiltered.body().at("/errors/0").asString()).contains("needs a filter");
		assertThat(onlyOrdered.status()).isEqualTo(400);
		assertThat(completedByRefused).isFalse();
		assertThat(filtered.status()).isEqualTo(200);
		assertThat(this.close.get("task/" + taskId + "/").ok().get("is_complete").asBoolean()).isTrue();
	}

}
