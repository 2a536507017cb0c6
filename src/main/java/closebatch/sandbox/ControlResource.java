package closebatch.sandbox;

import java.time.Duration;
import java.util.Map;

import closebatch.sandbox.http.ApiException;
import closebatch.sandbox.http.ApiRequest;
import closebatch.sandbox.http.ApiResponse;
import closebatch.sandbox.http.FaultSettings;
import closebatch.sandbox.http.Json;
import closebatch.sandbox.http.Router;
import closebatch.sandbox.resource.OrganizationSeed;
import closebatch.sandbox.resource.PhoneRentalRules;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox's own controls under {@code /_sandbox/}, outside the Close API: no
 * authentication, no rate limit, no faults.
 *
 * <ul>
 * <li>{@code GET|PUT /_sandbox/settings/}: faults, rate limit, search limits and phone
 * rental rules ({@code phone_rental}, see {@link PhoneRentalRules}), changed at run time
 * ({@code PUT} is a patch)</li>
 * <li>{@code POST /_sandbox/reset/}: deletes every object and forgets search cursors;
 * users and keys stay</li>
 * <li>{@code GET|DELETE /_sandbox/requests/}: counts of API requests by route and
 * status</li>
 * <li>{@code POST /_sandbox/users/}: adds a user, with an API key of its own</li>
 * <li>{@code POST /_sandbox/users/{id}/deactivate/} and {@code .../activate/}: moves a
 * member to the organization's inactive memberships and back</li>
 * <li>{@code POST /_sandbox/api_keys/}: adds a key for the admin or a given user</li>
 * </ul>
 */
final class ControlResource {

	private final Sandbox sandbox;

	ControlResource(Sandbox sandbox) {
		this.sandbox = sandbox;
	}

	void register(Router router) {
		router.add("GET", "/settings/", "control", request -> ApiResponse.ok(settings()))
			.add("PUT", "/settings/", "control", this::updateSettings)
			.add("POST", "/reset/", "control", request -> {
				OrganizationSeed.reset(this.sandbox.store());
				this.sandbox.searchCursors().clear();
				this.sandbox.requests().clear();
				return ApiResponse.emptyObject();
			})
			.add("GET", "/requests/", "control", request -> ApiResponse.ok(this.sandbox.requests().toJson()))
			.add("DELETE", "/requests/", "control", request -> {
				this.sandbox.requests().clear();
				return ApiResponse.emptyObject();
			})
			.add("POST", "/users/", "control", this::addUser)
			.add("POST", "/users/{id}/deactivate/", "control",
					request -> ApiResponse
						.ok(OrganizationSeed.setActive(this.sandbox.store(), request.pathVariable("id"), false)))
			.add("POST", "/users/{id}/activate/", "control",
					request -> ApiResponse
						.ok(OrganizationSeed.setActive(this.sandbox.store(), request.pathVariable("id"), true)))
			.add("POST", "/api_keys/", "control", this::addApiKey);
	}

	private ObjectNode settings() {
		ObjectNode settings = Json.object();
		settings.set("faults", Json.MAPPER.valueToTree(this.sandbox.faults().settings()));
		settings.put("rate_limit", this.sandbox.rateLimiter().perKeyPerSecond());
		settings.put("cursor_ttl_seconds", this.sandbox.searchLimits().cursorTtl().toMillis() / 1000.0);
		settings.put("search_cap", this.sandbox.searchLimits().resultCap());
		settings.set("phone_rental", Json.MAPPER.valueToTree(this.sandbox.phoneRental().rules()));
		return settings;
	}

	private ApiResponse updateSettings(ApiRequest request) {
		ObjectNode input = request.bodyObject();
		// Checked first, so that a bad rule changes no other setting.
		PhoneRentalRules phoneRental = input.has("phone_rental")
				? patched(this.sandbox.phoneRental().rules(), input.get("phone_rental"))
				: this.sandbox.phoneRental().rules();
		if (input.has("faults")) {
			ObjectNode merged = Json.MAPPER.valueToTree(this.sandbox.faults().settings());
			input.get("faults").properties().forEach(entry -> merged.set(entry.getKey(), entry.getValue()));
			this.sandbox.faults().update(Json.MAPPER.treeToValue(merged, FaultSettings.class));
		}
		if (input.has("rate_limit")) {
			this.sandbox.rateLimiter().setPerKeyPerSecond(nonNegative(input.get("rate_limit"), "rate_limit"));
		}
		if (input.has("cursor_ttl_seconds") || input.has("search_cap")) {
			Duration ttl = input.has("cursor_ttl_seconds")
					? Duration.ofMillis(Math.round(input.get("cursor_ttl_seconds").asDouble() * 1000))
					: this.sandbox.searchLimits().cursorTtl();
			int cap = input.has("search_cap") ? nonNegative(input.get("search_cap"), "search_cap")
					: this.sandbox.searchLimits().resultCap();
			this.sandbox.searchLimits().set(ttl, cap);
		}
		this.sandbox.phoneRental().set(phoneRental);
		return ApiResponse.ok(settings());
	}

	private static PhoneRentalRules patched(PhoneRentalRules rules, JsonNode patch) {
		if (!patch.isObject()) {
			throw ApiException.fieldError("phone_rental", "Input should be an object");
		}
		ObjectNode merged = Json.MAPPER.valueToTree(rules);
		for (Map.Entry<String, JsonNode> entry : patch.properties()) {
			if (!merged.has(entry.getKey())) {
				throw ApiException.fieldError("phone_rental", "\"" + entry.getKey()
						+ "\" is not a rental rule; the rules are " + String.join(", ", merged.propertyNames()) + ".");
			}
			merged.set(entry.getKey(), entry.getValue());
		}
		try {
			return Json.MAPPER.treeToValue(merged, PhoneRentalRules.class);
		}
		catch (JacksonException ex) {
			throw ApiException.fieldError("phone_rental", (ex.getCause() instanceof IllegalArgumentException invalid)
					? invalid.getMessage() : ex.getOriginalMessage());
		}
	}

	private ApiResponse addUser(ApiRequest request) {
		ObjectNode input = request.bodyObject();
		String first = input.path("first_name").asString("");
		String last = input.path("last_name").asString("");
		if (first.isBlank() && last.isBlank()) {
			throw ApiException.fieldError("first_name", "A user needs a first or last name.");
		}
		ObjectNode user = OrganizationSeed.addUser(this.sandbox.store(), first, last,
				input.path("email").asString(null));
		String key = OrganizationSeed.newApiKey();
		OrganizationSeed.addApiKey(this.sandbox.store(), key, user.get("id").asString());
		ObjectNode body = Json.object();
		body.set("user", user);
		body.put("api_key", key);
		return ApiResponse.created(body);
	}

	private ApiResponse addApiKey(ApiRequest request) {
		ObjectNode input = request.bodyObject();
		String key = input.path("key").asString(OrganizationSeed.newApiKey());
		OrganizationSeed.addApiKey(this.sandbox.store(), key, input.path("user_id").asString(null));
		return ApiResponse.created(Json.MAPPER.valueToTree(Map.of("api_key", key)));
	}

	private static int nonNegative(JsonNode value, String name) {
		if (!value.canConvertToInt() || value.asInt() < 0) {
			throw ApiException.fieldError(name, "Input should be a whole number, 0 or more");
		}
		return value.asInt();
	}

}
