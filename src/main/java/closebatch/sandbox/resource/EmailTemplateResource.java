package closebatch.sandbox.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import closebatch.sandbox.http.ApiRequest;
import closebatch.sandbox.http.ApiResponse;
import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.http.Json;
import closebatch.sandbox.http.Router;
import closebatch.sandbox.store.Ids;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.SandboxStore;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /email_template/}: list (filtered by {@code is_archived} and {@code is_shared}),
 * create, get, update as a patch and delete, as Close's OpenAPI document describes them
 * (operations {@code list}, {@code create}, {@code get}, {@code update}, {@code delete}
 * of "Email Templates"). Rendering ({@code /render/}) is not served.
 */
final class EmailTemplateResource {

	private static final String NAME = "email template";

	private static final Set<String> FIELDS = Set.of("name", "subject", "body", "is_shared", "is_archived",
			"attachments");

	private final SandboxStore store;

	EmailTemplateResource(SandboxStore store) {
		this.store = store;
	}

	void register(Router router) {
		router
			.add("GET", "/email_template/", "email_template:read",
					QueryParameters.list(List.of("is_archived", "is_shared")), this::list)
			.add("POST", "/email_template/", "email_template:write", QueryParameters.ONE, this::create)
			.add("GET", "/email_template/{id}/", "email_template:read", Set.of("_fields", "include_embedded"),
					this::get)
			.add("PUT", "/email_template/{id}/", "email_template:write", QueryParameters.ONE, this::update)
			.add("DELETE", "/email_template/{id}/", "email_template:write", this::delete);
	}

	private ApiResponse list(ApiRequest request) {
		Paging paging = Paging.from(request.query(), 1000, Integer.MAX_VALUE);
		FieldSelection fields = FieldSelection.from(request.query());
		Optional<Boolean> archived = request.query().bool("is_archived");
		Optional<Boolean> shared = request.query().bool("is_shared");
		List<ObjectNode> selected = new ArrayList<>();
		for (ObjectNode template : this.store.oldestFirst(Kind.EMAIL_TEMPLATE)) {
			if (TemplateFields.visible(template, request.caller())
					&& archived.map(wanted -> template.path("is_archived").asBoolean() == wanted).orElse(true)
					&& shared.map(wanted -> template.path("is_shared").asBoolean() == wanted).orElse(true)) {
				selected.add(template);
			}
		}
		return ApiResponse.ok(paging.page(selected).envelope(fields::apply, false));
	}

	private ApiResponse get(ApiRequest request) {
		request.query().bool("include_embedded"); // validated; the sandbox has no
													// workflows to embed templates
		ObjectNode template = this.store.read(tx -> TemplateFields.require(tx, Kind.EMAIL_TEMPLATE,
				request.pathVariable("id"), request.caller(), NAME));
		return ApiResponse.ok(FieldSelection.from(request.query()).apply(template));
	}

	private ApiResponse create(ApiRequest request) {
		ObjectNode input = request.bodyObject();
		String id = this.store.write(tx -> {
			FieldErrors errors = new FieldErrors();
			ObjectNode template = Json.object();
			template.put("id", Ids.newId(Kind.EMAIL_TEMPLATE));
			template.put("organization_id", request.caller().organizationId());
			template.put("name", "");
			template.put("subject", "");
			template.put("body", "");
			template.put("is_shared", false);
			template.put("is_archived", false);
			template.putArray("attachments");
			apply(input, template, true, errors);
			Stamps.created(tx, Json.object(), template, request.caller(), errors);
			errors.throwIfAny();
			tx.put(Kind.EMAIL_TEMPLATE, template);
			return template.get("id").asString();
		});
		return ApiResponse.ok(FieldSelection.from(request.query()).apply(this.store.get(Kind.EMAIL_TEMPLATE, id)));
	}

	private ApiResponse update(ApiRequest request) {
		ObjectNode input = request.bodyObject();
		String id = request.pathVariable("id");
		this.store.write(tx -> {
			ObjectNode template = TemplateFields.require(tx, Kind.EMAIL_TEMPLATE, id, request.caller(), NAME)
				.deepCopy();
			FieldErrors errors = new FieldErrors();
			apply(input, template, false, errors);
			errors.throwIfAny();
			Stamps.updated(tx, template, request.caller());
			tx.put(Kind.EMAIL_TEMPLATE, template);
			return null;
		});
		return ApiResponse.ok(FieldSelection.from(request.query()).apply(this.store.get(Kind.EMAIL_TEMPLATE, id)));
	}

	private static void apply(ObjectNode input, ObjectNode template, boolean create, FieldErrors errors) {
		TemplateFields.refuseUnknownKeys(input, FIELDS, NAME, errors);
		if (create || input.has("name")) {
			TemplateFields.string(input, template, "name", true, errors);
		}
		TemplateFields.string(input, template, "subject", false, errors);
		TemplateFields.string(input, template, "body", false, errors);
		TemplateFields.bool(input, template, "is_shared", errors);
		TemplateFields.bool(input, template, "is_archived", errors);
		TemplateFields.attachments(input, template, errors);
	}

	private ApiResponse delete(ApiRequest request) {
		String id = request.pathVariable("id");
		this.store.write(tx -> {
			TemplateFields.require(tx, Kind.EMAIL_TEMPLATE, id, request.caller(), NAME);
			tx.delete(Kind.EMAIL_TEMPLATE, id);
			return null;
		});
		return ApiResponse.emptyObject();
	}

}
