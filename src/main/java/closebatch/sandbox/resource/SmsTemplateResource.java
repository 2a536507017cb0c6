package closebatch.sandbox.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import closebatch.sandbox.http.ApiRequest;
import closebatch.sandbox.http.ApiResponse;
import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.http.Json;
import closebatch.sandbox.http.Router;
import closebatch.sandbox.store.Ids;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.SandboxStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /sms_template/}: list, create (201), get, update as a patch and delete (204), as
 * Close's OpenAPI document describes them ({@code CreateSMSTemplate},
 * {@code UpdateSMSTemplate}); the docs' "SMS Templates" section (docs/003).
 *
 * <p>
 * A template is {@code active} until its {@code status} is set to {@code archived}.
 * Attachments are returned by a single get only with {@code include_attachments=true}, as
 * the OpenAPI parameter says.
 */
final class SmsTemplateResource {

	private static final String NAME = "SMS template";

	private static final Set<String> CREATE_FIELDS = Set.of("name", "text", "is_shared", "attachments");

	private static final Set<String> UPDATE_FIELDS = Set.of("name", "text", "is_shared", "attachments", "status");

	private static final Set<String> STATUSES = Set.of("active", "archived");

	private final SandboxStore store;

	SmsTemplateResource(SandboxStore store) {
		this.store = store;
	}

	void register(Router router) {
		router.add("GET", "/sms_template/", "sms_template:read", QueryParameters.list(), this::list)
			.add("POST", "/sms_template/", "sms_template:write", this::create)
			.add("GET", "/sms_template/{id}/", "sms_template:read", Set.of("include_attachments", "include_embedded"),
					this::get)
			.add("PUT", "/sms_template/{id}/", "sms_template:write", this::update)
			.add("DELETE", "/sms_template/{id}/", "sms_template:write", this::delete);
	}

	private ApiResponse list(ApiRequest request) {
		Paging paging = Paging.from(request.query(), 1000, Integer.MAX_VALUE);
		FieldSelection fields = FieldSelection.from(request.query());
		List<ObjectNode> visible = new ArrayList<>();
		for (ObjectNode template : this.store.oldestFirst(Kind.SMS_TEMPLATE)) {
			if (TemplateFields.visible(template, request.caller())) {
				visible.add(template);
			}
		}
		return ApiResponse.ok(paging.page(visible).envelope(fields::apply, false));
	}

	private ApiResponse get(ApiRequest request) {
		boolean withAttachments = request.query().bool("include_attachments").orElse(false);
		request.query().bool("include_embedded"); // validated; the sandbox has no
													// workflows to embed templates
		ObjectNode template = this.store.read(tx -> TemplateFields.require(tx, Kind.SMS_TEMPLATE,
				request.pathVariable("id"), request.caller(), NAME));
		if (withAttachments) {
			return ApiResponse.ok(template);
		}
		ObjectNode view = template.deepCopy();
		view.remove("attachments");
		return ApiResponse.ok(view);
	}

	private ApiResponse create(ApiRequest request) {
		ObjectNode input = request.bodyObject();
		String id = this.store.write(tx -> {
			FieldErrors errors = new FieldErrors();
			TemplateFields.refuseUnknownKeys(input, CREATE_FIELDS, NAME, errors);
			ObjectNode template = Json.object();
			template.put("id", Ids.newId(Kind.SMS_TEMPLATE));
			template.put("organization_id", request.caller().organizationId());
			template.put("name", "");
			template.put("text", "");
			template.put("is_shared", false);
			template.put("status", "active");
			template.putArray("attachments");
			TemplateFields.string(input, template, "name", true, errors);
			TemplateFields.string(input, template, "text", false, errors);
			TemplateFields.bool(input, template, "is_shared", errors);
			TemplateFields.attachments(input, template, errors);
			Stamps.created(tx, Json.object(), template, request.caller(), errors);
			errors.throwIfAny();
			tx.put(Kind.SMS_TEMPLATE, template);
			return template.get("id").asString();
		});
		return ApiResponse.created(this.store.get(Kind.SMS_TEMPLATE, id));
	}

	private ApiResponse update(ApiRequest request) {
		ObjectNode input = request.bodyObject();
		String id = request.pathVariable("id");
		this.store.write(tx -> {
			ObjectNode template = TemplateFields.require(tx, Kind.SMS_TEMPLATE, id, request.caller(), NAME).deepCopy();
			FieldErrors errors = new FieldErrors();
			TemplateFields.refuseUnknownKeys(input, UPDATE_FIELDS, NAME, errors);
			if (input.has("name")) {
				TemplateFields.string(input, template, "name", true, errors);
			}
			TemplateFields.string(input, template, "text", false, errors);
			TemplateFields.bool(input, template, "is_shared", errors);
			TemplateFields.attachments(input, template, errors);
			JsonNode status = input.get("status");
			if (status != null && !STATUSES.contains(status.asString(""))) {
				errors.field("status", "Input should be 'active' or 'archived'");
			}
			else if (status != null) {
				template.put("status", status.asString());
			}
			errors.throwIfAny();
			Stamps.updated(tx, template, request.caller());
			tx.put(Kind.SMS_TEMPLATE, template);
			return null;
		});
		return ApiResponse.ok(this.store.get(Kind.SMS_TEMPLATE, id));
	}

	private ApiResponse delete(ApiRequest request) {
		String id = request.pathVariable("id");
		this.store.write(tx -> {
			TemplateFields.require(tx, Kind.SMS_TEMPLATE, id, request.caller(), NAME);
			tx.delete(Kind.SMS_TEMPLATE, id);
			return null;
		});
		return ApiResponse.noContent();
	}

}
