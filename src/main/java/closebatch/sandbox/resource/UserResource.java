package closebatch.sandbox.resource;

import java.util.LinkedHashSet;
import java.util.Set;

import closebatch.sandbox.http.ApiException;
import closebatch.sandbox.http.ApiRequest;
import closebatch.sandbox.http.ApiResponse;
import closebatch.sandbox.http.Router;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.SandboxStore;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /me/}, {@code /user/} and {@code /organization/{id}/}: who the caller is and who
 * else is a member, read only (OpenAPI operations {@code get-me}, users {@code list} and
 * {@code get}, organizations {@code get}).
 */
final class UserResource {

	private final SandboxStore store;

	private final MemberViews views;

	UserResource(SandboxStore store) {
		this.store = store;
		this.views = new MemberViews(store);
	}

	void register(Router router) {
		router.add("GET", "/me/", "user:read", QueryParameters.ONE, this::me)
			.add("GET", "/user/", "user:read", QueryParameters.list(), this::list)
			.add("GET", "/user/{id}/", "user:read", QueryParameters.ONE, this::get)
			.add("GET", "/organization/{id}/", "organization:read", Set.of("_expand", "_fields"), this::organization);
	}

	/**
	 * The caller's user with {@code organization_id}, the whole organization under
	 * {@code organizations} and the phone numbers the caller holds.
	 */
	private ApiResponse me(ApiRequest request) {
		ObjectNode me = this.views.user(this.store.get(Kind.USER, request.caller().userId()));
		me.put("organization_id", request.caller().organizationId());
		ArrayNode organizations = me.putArray("organizations");
		organizations.add(this.views.organization(request.caller().organizationId(), Set.of()));
		ArrayNode phoneNumbers = me.putArray("phone_numbers");
		for (ObjectNode number : this.store.oldestFirst(Kind.PHONE_NUMBER)) {
			if (request.caller().userId().equals(number.path("user_id").asString(null))) {
				phoneNumbers.add(PhoneNumberView.render(number));
			}
		}
		return ApiResponse.ok(FieldSelection.from(request.query()).apply(me));
	}

	private ApiResponse list(ApiRequest request) {
		Paging paging = Paging.from(request.query(), 1000, Integer.MAX_VALUE);
		FieldSelection fields = FieldSelection.from(request.query());
		return ApiResponse.ok(paging.page(this.store.oldestFirst(Kind.USER), this.store.count(Kind.USER))
			.envelope(user -> fields.apply(this.views.user(user)), false));
	}

	private ApiResponse get(ApiRequest request) {
		ObjectNode user = Found.require(this.store.get(Kind.USER, request.pathVariable("id")), "User");
		return ApiResponse.ok(FieldSelection.from(request.query()).apply(this.views.user(user)));
	}

	private ApiResponse organization(ApiRequest request) {
		String id = request.pathVariable("id");
		if (!id.equals(request.caller().organizationId())) {
			throw ApiException.notFound("Organization not found.");
		}
		Set<String> expand = new LinkedHashSet<>(request.query().list("_expand"));
		for (String value : expand) {
			if (!MemberViews.EXPANSIONS.contains(value)) {
				throw ApiException.fieldError("_expand",
						"The sandbox expands only memberships__user and inactive_memberships__user, not " + value
								+ ".");
			}
		}
		return ApiResponse.ok(FieldSelection.from(request.query()).apply(this.views.organization(id, expand)));
	}

}
