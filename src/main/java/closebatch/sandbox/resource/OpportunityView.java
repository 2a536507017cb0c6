package closebatch.sandbox.resource;

import closebatch.sandbox.http.Json;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.SandboxStore;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a stored opportunity as Close returns it (the OpenAPI {@code Opportunity}
 * schema): the stored fields plus the names of its lead, user, contact, status and
 * pipeline, the derived values ({@code annualized_value}, {@code expected_value},
 * {@code annualized_expected_value}, {@code value_formatted}) and the organization's
 * currency.
 *
 * <p>
 * A contact deleted since it was set, or moved to another lead, renders as no contact.
 * The sandbox never detects stalled deals, so {@code is_stalled} is false.
 */
final class OpportunityView {

	private final SandboxStore store;

	private final UserView users;

	OpportunityView(SandboxStore store, UserView users) {
		this.store = store;
		this.users = users;
	}

	ObjectNode render(ObjectNode opportunity) {
		ObjectNode view = opportunity.deepCopy();
		String leadId = opportunity.path("lead_id").asString(null);
		ObjectNode lead = this.store.get(Kind.LEAD, leadId);
		view.put("lead_name", (lead == null) ? null : lead.path("name").asString(null));
		putStatus(view, this.store.get(Kind.OPPORTUNITY_STATUS, opportunity.path("status_id").asString(null)));
		ObjectNode contact = this.store.get(Kind.CONTACT, opportunity.path("contact_id").asString(null));
		if (contact == null || !contact.path("lead_id").asString("").equals(leadId)) {
			view.putNull("contact_id");
			view.putNull("contact_name");
		}
		else {
			view.put("contact_name", ContactView.displayName(contact));
		}
		view.put("user_name", this.users.nameOf(opportunity.path("user_id").asString(null)));
		this.users.putUser(view, "created_by", opportunity.path("created_by").asString(null));
		this.users.putUser(view, "updated_by", opportunity.path("updated_by").asString(null));
		putValues(view, OpportunityValues.of(opportunity), currency(opportunity));
		if (!view.has("attachments")) {
			view.set("attachments", Json.array());
		}
		view.set("integration_links", Json.array());
		view.put("is_stalled", false);
		view.putNull("stall_status");
		view.putNull("suggested_action");
		return view;
	}

	private void putStatus(ObjectNode view, ObjectNode status) {
		String label = (status == null) ? null : status.get("label").asString();
		view.put("status_label", label);
		view.put("status_display_name", label);
		view.put("status_type", (status == null) ? null : status.path("status_type").asString(null));
		String pipelineId = (status == null) ? null : status.path("pipeline_id").asString(null);
		ObjectNode pipeline = this.store.get(Kind.PIPELINE, pipelineId);
		view.put("pipeline_id", pipelineId);
		view.put("pipeline_name", (pipeline == null) ? null : pipeline.path("name").asString(null));
	}

	private static void putValues(ObjectNode view, OpportunityValues values, String currency) {
		view.put("value_currency", currency);
		view.put("value_formatted", Money.format(values.value(), currency));
		view.put("annualized_value", values.annualized());
		view.put("expected_value", values.expected());
		view.put("annualized_expected_value", values.annualizedExpected());
	}

	/** The currency of the opportunity's organization (Close: {@code value_currency}). */
	String currency(ObjectNode opportunity) {
		ObjectNode organization = this.store.get(Kind.ORGANIZATION, opportunity.path("organization_id").asString(null));
		return (organization == null) ? "USD" : organization.path("currency").asString("USD");
	}

}
