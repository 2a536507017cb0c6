package closebatch.sandbox.resource;

import java.util.ArrayList;
import java.util.List;

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
 * {@code /contact/}: list (optionally of one lead), create (a contact without
 * {@code lead_id} gets a new lead named after it), get, update as a patch (a new
 * {@code lead_id} moves it), delete.
 */
final class ContactResource {

	static final int MAX_LIMIT = 200;

	private final SandboxStore store;

	private final Views views;

	private final LegacySearch search;

	ContactResource(SandboxStore store, Views views, LegacySearch search) {
		this.store = store;
		this.views = views;
		this.search = search;
	}

	void register(Router router) {
		router.add("GET", "/contact/", "contact:read", QueryParameters.list(List.of("lead_id", "query")), this::list)
			.add("POST", "/contact/", "contact:write", this::create)
			.add("GET", "/contact/{id}/", "contact:read", QueryParameters.ONE, this::get)
			.add("PUT", "/contact/{id}/", "contact:write", this::update)
			.add("DELETE", "/contact/{id}/", "contact:write", this::delete);
	}

	private ApiResponse list(ApiRequest request) {
		Paging paging = Paging.from(request.query(), MAX_LIMIT, Integer.MAX_VALUE);
		FieldSelection fields = FieldSelection.from(request.query());
		String leadId = request.query().first("lead_id").orElse(null);
		Paging.Page<ObjectNode> page;
		String text = request.query().first("query").orElse("");
		if (!text.isBlank()) {
			// The legacy search finds leads; their contacts are listed, lead by lead.
			List<ObjectNode> contacts = new ArrayList<>();
			for (String id : this.search.leadIds(text, request)) {
				if (leadId == null || leadId.equals(id)) {
					contacts.addAll(this.store.children(Kind.CONTACT, id));
				}
			}
			page = paging.page(contacts, contacts.size());
		}
		else if (leadId != null) {
			List<ObjectNode> contacts = this.store.children(Kind.CONTACT, leadId);
			page = paging.page(contacts, contacts.size());
		}
		else {
			page = paging.page(this.store.newestFirst(Kind.CONTACT), this.store.count(Kind.CONTACT));
		}
		return ApiResponse.ok(page.envelope(contact -> fields.apply(this.views.contact(contact)), false));
	}

	private ApiResponse get(ApiRequest request) {
		ObjectNode contact = Found.require(this.store.get(Kind.CONTACT, request.pathVariable("id")), "Contact");
		return ApiResponse.ok(FieldSelection.from(request.query()).apply(this.views.contact(contact)));
	}

	private ApiResponse create(ApiRequest request) {
		ObjectNode input = request.bodyObject();
		String id = this.store.write(tx -> {
			FieldErrors errors = new FieldErrors();
			JsonNode leadIdInput = input.path("lead_id");
			String leadId;
			ObjectNode newLead = null;
			if (leadIdInput.isString() && !leadIdInput.asString().isEmpty()) {
				leadId = leadIdInput.asString();
				if (tx.get(Kind.LEAD, leadId) == null) {
					errors.field("lead_id", "Lead \"" + leadId + "\" does not exist.");
				}
			}
			else {
				ObjectNode leadInput = Json.object();
				if (input.path("name").isString()) {
					leadInput.set("name", input.get("name"));
				}
				newLead = LeadResource.newLead(tx, leadInput, request, errors);
				leadId = newLead.get("id").asString();
			}
			ObjectNode contact = ContactInput.create(tx, input, Ids.newId(Kind.CONTACT), leadId, request.caller(),
					errors);
			errors.throwIfAny();
			if (newLead != null) {
				tx.put(Kind.LEAD, newLead);
			}
			tx.put(Kind.CONTACT, contact);
			return contact.get("id").asString();
		});
		return ApiResponse.ok(this.views.contact(this.store.get(Kind.CONTACT, id)));
	}

	private ApiResponse update(ApiRequest request) {
		ObjectNode input = request.bodyObject();
		String id = request.pathVariable("id");
		this.store.write(tx -> {
			ObjectNode contact = Found.require(tx.get(Kind.CONTACT, id), "Contact").deepCopy();
			FieldErrors errors = new FieldErrors();
			JsonNode leadId = input.path("lead_id");
			if (leadId.isString() && !leadId.asString().equals(contact.get("lead_id").asString())) {
				if (tx.get(Kind.LEAD, leadId.asString()) == null) {
					errors.field("lead_id", "Lead \"" + leadId.asString() + "\" does not exist.");
				}
				contact.put("lead_id", leadId.asString());
			}
			ContactInput.apply(tx, input, contact, errors);
			errors.throwIfAny();
			Stamps.updated(tx, contact, request.caller());
			tx.put(Kind.CONTACT, contact);
			return null;
		});
		return ApiResponse.ok(this.views.contact(this.store.get(Kind.CONTACT, id)));
	}

	private ApiResponse delete(ApiRequest request) {
		String id = request.pathVariable("id");
		this.store.write(tx -> {
			Found.require(tx.get(Kind.CONTACT, id), "Contact");
			tx.delete(Kind.CONTACT, id);
			return null;
		});
		return ApiResponse.emptyObject();
	}

}
