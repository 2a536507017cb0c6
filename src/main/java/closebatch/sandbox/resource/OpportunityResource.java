package closebatch.sandbox.resource;

import java.util.List;

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
 * {@code /opportunity/}: list with filters, totals and {@code total_results}
 * ({@link OpportunityQuery}, {@link OpportunityTotals}), create (200, as the other older
 * resources), get, update as a patch, delete.
 *
 * <p>
 * An opportunity without {@code lead_id} gets a new lead without a name, which the Close
 * UI shows as "Untitled" (the docs' wording). A new {@code lead_id} on update moves the
 * opportunity. The largest {@code _limit} is 250, the largest value a public Close
 * connector is known to use; Close publishes no maximum.
 */
final class OpportunityResource {

	static final int MAX_LIMIT = 250;

	private final SandboxStore store;

	private final Views views;

	private final LegacySearch leadSearch;

	/**
	 * @param leadSearch evaluates the deprecated {@code lead_query} filter
	 */
	OpportunityResource(SandboxStore store, Views views, LegacySearch leadSearch) {
		this.store = store;
		this.views = views;
		this.leadSearch = leadSearch;
	}

	void register(Router router) {
		router
			.add("GET", "/opportunity/", "opportunity:read", QueryParameters.list(OpportunityQuery.FILTERS), this::list)
			.add("POST", "/opportunity/", "opportunity:write", QueryParameters.ONE, this::create)
			.add("GET", "/opportunity/{id}/", "opportunity:read", QueryParameters.ONE, this::get)
			.add("PUT", "/opportunity/{id}/", "opportunity:write", QueryParameters.ONE, this::update)
			.add("DELETE", "/opportunity/{id}/", "opportunity:write", this::delete);
	}

	private ApiResponse list(ApiRequest request) {
		OpportunityQuery query = OpportunityQuery.from(request.query(), UserTimeZone.of(request),
				text -> this.leadSearch.leadIds(text, request));
		Paging paging = Paging.from(request.query(), MAX_LIMIT, Integer.MAX_VALUE);
		FieldSelection fields = FieldSelection.from(request.query());
		return ApiResponse.ok(this.store.read(tx -> {
			List<OpportunityQuery.Row> rows = query.run(tx, this.views.users());
			ObjectNode body = paging.page(rows)
				.envelope(row -> fields.apply(this.views.opportunity(row.opportunity())), true);
			ObjectNode organization = tx.get(Kind.ORGANIZATION, request.caller().organizationId());
			OpportunityTotals.put(body, rows, organization.path("currency").asString("USD"));
			return body;
		}));
	}

	private ApiResponse get(ApiRequest request) {
		return ApiResponse
			.ok(rendered(request, existing(this.store.get(Kind.OPPORTUNITY, request.pathVariable("id")))));
	}

	private ApiResponse create(ApiRequest request) {
		ObjectNode input = request.bodyObject();
		String id = this.store.write(tx -> {
			FieldErrors errors = new FieldErrors();
			ObjectNode newLead = null;
			String leadId;
			JsonNode leadInput = input.path("lead_id");
			if (leadInput.isMissingNode() || leadInput.isNull() || leadInput.asString("x").isEmpty()) {
				newLead = LeadResource.newLead(tx, Json.object(), request, errors);
				leadId = newLead.get("id").asString();
			}
			else {
				leadId = leadInput.asString();
				requireLead(tx, leadInput, errors);
			}
			ObjectNode opportunity = Json.object();
			opportunity.put("id", Ids.newId(Kind.OPPORTUNITY));
			opportunity.put("lead_id", leadId);
			opportunity.put("organization_id", request.caller().organizationId());
			opportunity.put("user_id", request.caller().userId());
			OpportunityInput.defaults(opportunity);
			Stamps.created(tx, input, opportunity, request.caller(), errors);
			OpportunityInput.apply(tx, input, opportunity, null, request.tzOffsetHours(), errors);
			errors.throwIfAny();
			if (newLead != null) {
				tx.put(Kind.LEAD, newLead);
			}
			tx.put(Kind.OPPORTUNITY, opportunity);
			return opportunity.get("id").asString();
		});
		return ApiResponse.ok(rendered(request, this.store.get(Kind.OPPORTUNITY, id)));
	}

	private ApiResponse update(ApiRequest request) {
		ObjectNode input = request.bodyObject();
		String id = request.pathVariable("id");
		this.store.write(tx -> {
			ObjectNode before = existing(tx.get(Kind.OPPORTUNITY, id));
			ObjectNode opportunity = before.deepCopy();
			FieldErrors errors = new FieldErrors();
			String previousLeadId = opportunity.get("lead_id").asString();
			if (input.has("lead_id") && requireLead(tx, input.get("lead_id"), errors)) {
				opportunity.put("lead_id", input.get("lead_id").asString());
			}
			OpportunityInput.apply(tx, input, opportunity, previousLeadId, request.tzOffsetHours(), errors);
			errors.throwIfAny();
			Stamps.updated(tx, opportunity, request.caller());
			tx.put(Kind.OPPORTUNITY, opportunity);
			ActivityLog.opportunityUpdated(tx, before, opportunity, request.caller());
			return null;
		});
		return ApiResponse.ok(rendered(request, this.store.get(Kind.OPPORTUNITY, id)));
	}

	private ApiResponse delete(ApiRequest request) {
		String id = request.pathVariable("id");
		this.store.write(tx -> {
			existing(tx.get(Kind.OPPORTUNITY, id));
			tx.delete(Kind.OPPORTUNITY, id);
			return null;
		});
		return ApiResponse.emptyObject();
	}

	private ObjectNode rendered(ApiRequest request, ObjectNode opportunity) {
		return FieldSelection.from(request.query()).apply(this.views.opportunity(opportunity));
	}

	/** Whether {@code value} names an existing lead; adds a field error if not. */
	private static boolean requireLead(Transaction tx, JsonNode value, FieldErrors errors) {
		if (!value.isString() || tx.get(Kind.LEAD, value.asString()) == null) {
			errors.field("lead_id", "Lead \"" + value.asString("") + "\" does not exist.");
			return false;
		}
		return true;
	}

	private static ObjectNode existing(ObjectNode opportunity) {
		return Found.require(opportunity, "Opportunity");
	}

}
