package closebatch.sandbox.resource;

import java.util.List;
import java.util.Map;

import closebatch.sandbox.http.ApiRequest;
import closebatch.sandbox.http.ApiResponse;
import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.http.Json;
import closebatch.sandbox.http.Router;
import closebatch.sandbox.store.Ids;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.SandboxStore;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /lead/}: list, create with nested contacts, get, update as a patch, delete with
 * its children, and merge.
 */
final class LeadResource {

	static final int MAX_LIMIT = 200;

	static final int MAX_SKIP = 35_000;

	private final SandboxStore store;

	private final Views views;

	private final LegacySearch search;

	LeadResource(SandboxStore store, Views views, LegacySearch search) {
		this.store = store;
		this.views = views;
		this.search = search;
	}

	void register(Router router) {
		router.add("GET", "/lead/", "lead:read", QueryParameters.list(LeadListQuery.FILTERS), this::list)
			.add("POST", "/lead/", "lead:write", this::create)
			.add("POST", "/lead/merge/", "lead:write", this::merge)
			.add("GET", "/lead/{id}/", "lead:read", QueryParameters.ONE, this::get)
			.add("PUT", "/lead/{id}/", "lead:write", QueryParameters.ONE, this::update)
			.add("DELETE", "/lead/{id}/", "lead:write", this::delete);
	}

	private ApiResponse list(ApiRequest request) {
		Paging paging = Paging.from(request.query(), MAX_LIMIT, MAX_SKIP);
		FieldSelection fields = FieldSelection.from(request.query());
		Paging.Page<ObjectNode> page;
		if (LeadListQuery.isFiltered(request.query())) {
			List<ObjectNode> leads = LeadListQuery.select(this.store, this.search, request);
			page = paging.page(leads, leads.size());
		}
		else {
			page = paging.page(this.store.newestFirst(Kind.LEAD), this.store.count(Kind.LEAD));
		}
		return ApiResponse.ok(page.envelope(lead -> fields.apply(this.views.lead(lead)), true));
	}

	private ApiResponse get(ApiRequest request) {
		ObjectNode lead = existing(this.store.get(Kind.LEAD, request.pathVariable("id")));
		return ApiResponse.ok(FieldSelection.from(request.query()).apply(this.views.lead(lead)));
	}

	private ApiResponse create(ApiRequest request) {
		ObjectNode input = request.bodyObject();
		String id = this.store.write(tx -> {
			FieldErrors errors = new FieldErrors();
			ObjectNode lead = newLead(tx, input, request, errors);
			List<ObjectNode> contacts = nestedContacts(tx, input, lead, request, errors);
			errors.throwIfAny();
			tx.put(Kind.LEAD, lead);
			contacts.forEach(contact -> tx.put(Kind.CONTACT, contact));
			return lead.get("id").asString();
		});
		return ApiResponse.ok(this.views.lead(this.store.get(Kind.LEAD, id)));
	}

	/** A lead built from a create body, not yet stored. */
	static ObjectNode newLead(Transaction tx, ObjectNode input, ApiRequest request, FieldErrors errors) {
		ObjectNode lead = Json.object();
		lead.put("id", Ids.newId(Kind.LEAD));
		lead.putNull("name");
		lead.put("description", "");
		lead.putNull("url");
		lead.put("organization_id", request.caller().organizationId());
		lead.putArray("addresses");
		Stamps.created(tx, input, lead, request.caller(), errors);
		LeadInput.apply(tx, input, lead, true, errors);
		return lead;
	}

	private static List<ObjectNode> nestedContacts(Transaction tx, ObjectNode input, ObjectNode lead,
			ApiRequest request, FieldErrors errors) {
		String leadId = lead.get("id").asString();
		return NestedList.read(input.get("contacts"), "contacts", errors, (contact, contactErrors) -> ContactInput
			.create(tx, contact, Ids.newId(Kind.CONTACT), leadId, request.caller(), contactErrors));
	}

	/**
	 * The {@code lead_id} of a child's create body (contact, task, activity), which must
	 * name an existing lead.
	 */
	static String requiredLeadId(Transaction tx, ObjectNode input, FieldErrors errors) {
		JsonNode leadId = input.path("lead_id");
		if (!leadId.isString() || leadId.asString().isBlank()) {
			errors.field("lead_id", "This field is required.");
			return null;
		}
		if (tx.get(Kind.LEAD, leadId.asString()) == null) {
			errors.field("lead_id", "Lead \"" + leadId.asString() + "\" does not exist.");
		}
		return leadId.asString();
	}

	private ApiResponse update(ApiRequest request) {
		ObjectNode input = request.bodyObject();
		String id = request.pathVariable("id");
		this.store.write(tx -> {
			ObjectNode before = existing(tx.get(Kind.LEAD, id));
			ObjectNode lead = before.deepCopy();
			FieldErrors errors = new FieldErrors();
			LeadInput.apply(tx, input, lead, false, errors);
			errors.throwIfAny();
			Stamps.updated(tx, lead, request.caller());
			tx.put(Kind.LEAD, lead);
			ActivityLog.leadUpdated(tx, before, lead, request.caller());
			return null;
		});
		return ApiResponse
			.ok(FieldSelection.from(request.query()).apply(this.views.lead(this.store.get(Kind.LEAD, id))));
	}

	private ApiResponse delete(ApiRequest request) {
		String id = request.pathVariable("id");
		this.store.write(tx -> {
			existing(tx.get(Kind.LEAD, id));
			deleteWithChildren(tx, id);
			return null;
		});
		return ApiResponse.emptyObject();
	}

	static void deleteWithChildren(Transaction tx, String leadId) {
		for (Kind kind : Kind.values()) {
			if (kind.childOfLead()) {
				tx.children(kind, leadId).forEach(child -> tx.delete(kind, child.get("id").asString()));
			}
		}
		tx.delete(Kind.LEAD, leadId);
	}

	/**
	 * Moves the source lead's contacts, opportunities, tasks and activities to the
	 * destination, adds the source's addresses and the custom values the destination
	 * lacks, and deletes the source.
	 */
	private ApiResponse merge(ApiRequest request) {
		ObjectNode input = request.bodyObject();
		FieldErrors errors = new FieldErrors();
		String sourceId = input.path("source").asString("");
		String destinationId = input.path("destination").asString("");
		for (String field : new String[] { "source", "destination" }) {
			String leadId = input.path(field).asString("");
			if (leadId.isEmpty()) {
				errors.field(field, "This field is required.");
			}
			else if (this.store.get(Kind.LEAD, leadId) == null) {
				errors.field(field, "Lead \"" + leadId + "\" does not exist.");
			}
		}
		if (errors.isEmpty() && sourceId.equals(destinationId)) {
			errors.error("A lead cannot be merged into itself.");
		}
		errors.throwIfAny();
		this.store.write(tx -> {
			ObjectNode source = existing(tx.get(Kind.LEAD, sourceId));
			ObjectNode destination = existing(tx.get(Kind.LEAD, destinationId)).deepCopy();
			for (Kind kind : Kind.values()) {
				if (kind.childOfLead()) {
					for (ObjectNode child : tx.children(kind, sourceId)) {
						ObjectNode moved = child.deepCopy();
						moved.put("lead_id", destinationId);
						tx.put(kind, moved);
					}
				}
			}
			for (JsonNode address : source.path("addresses")) {
				if (!contains(destination.withArrayProperty("addresses"), address)) {
					destination.withArrayProperty("addresses").add(address.deepCopy());
				}
			}
			for (Map.Entry<String, JsonNode> entry : source.properties()) {
				boolean blank = !destination.has(entry.getKey())
						|| destination.get(entry.getKey()).asString("x").isEmpty();
				if (entry.getKey().startsWith(CustomValues.PREFIX) && blank) {
					destination.set(entry.getKey(), entry.getValue().deepCopy());
				}
			}
			if (destination.path("description").asString("").isEmpty()) {
				destination.put("description", source.path("description").asString(""));
			}
			Stamps.updated(tx, destination, request.caller());
			tx.put(Kind.LEAD, destination);
			tx.delete(Kind.LEAD, sourceId);
			ActivityLog.leadsMerged(tx, source, destination, request.caller());
			return null;
		});
		return ApiResponse.emptyObject();
	}

	private static boolean contains(Iterable<JsonNode> items, JsonNode item) {
		for (JsonNode existing : items) {
			if (existing.equals(item)) {
				return true;
			}
		}
		return false;
	}

	private static ObjectNode existing(ObjectNode lead) {
		return Found.require(lead, "Lead");
	}

}
