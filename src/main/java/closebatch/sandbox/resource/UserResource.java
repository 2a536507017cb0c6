package closebatch.sandbox.resource;

import closebatch.sandbox.http.ApiException;
import closebatch.sandbox.http.ApiRequest;
import closebatch.sandbox.http.ApiResponse;
import closebatch.sandbox.http.Router;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.SandboxStore;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /me/}, {@code /user/} and {@code /organization/{id}/}: who the caller is, read
 * only.
 */
final class UserResource {

	private final SandboxStore store;

	UserResource(SandboxStore store) {
		this.store = store;
	}

	void register(Router router) {
		router.add("GET", "/me/", "user:read", QueryParameters.ONE, this::me)
			.add("GET", "/user/", "user:read", QueryParameters.list(), this::list)
			.add("GET", "/user/{id}/", "user:read", this::get)
			.add("GET", "/organization/{id}/", "organization:read", this::organization);
	}

	private ApiResponse me(ApiRequest request) {
		ObjectNode me = user(this.store.get(Kind.USER, request.caller().userId()));
		ArrayNode organizations = me.putArray("organizations");
		organizations.add(this.store.get(Kind.ORGANIZATION, request.caller().organizationId()));
		return ApiResponse.ok(FieldSelection.from(request.query()).apply(me));
	}

	private ApiResponse list(ApiRequest request) {
		Paging paging = Paging.from(request.query(), 1000, Integer.MAX_VALUE);
		return ApiResponse.ok(paging.page(this.store.oldestFirst(Kind.USER), this.store.count(Kind.USER))
			.envelope(user -> FieldSelection.from(request.query()).apply(user(user)), false));
	}

	private ApiResponse get(ApiRequest request) {
		return ApiResponse.ok(user(Found.require(this.store.get(Kind.USER, request.pathVariable("id")), "User")));
	}

	private ApiResponse organization(ApiRequest request) {
		String id = request.pathVariable("id");
		if (!id.equals(request.caller().organizationId())) {
			throw ApiException.notFound("Organization not found.");
		}
		return ApiResponse.ok(this.store.get(Kind.ORGANIZATION, id));
	}

	private static ObjectNode user(ObjectNode user) {
		ObjectNode view = user.deepCopy();
		view.put("display_name", UserView.fullName(user));
		return view;
	}

}
