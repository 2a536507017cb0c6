package closebatch.sandbox.resource;

import java.util.Locale;
import java.util.Set;

import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.http.Json;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the lead's own fields from a create or update body: name, url, description,
 * status ({@code status} label or {@code status_id}, not both), addresses and custom
 * values. Nested contacts are read by {@link ContactInput}.
 */
final class LeadInput {

	static final Set<String> ADDRESS_LABELS = Set.of("business", "mailing", "other", "office");

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final String[] ADDRESS_FIELDS = { "address_1", "address_2", "city", "state", "zipcode", "country" };

	private LeadInput() {
	}

	/**
	 * Applies the fields present in {@code input} to {@code lead}; on create, a lead
	 * without a status gets the organization's first one.
	 */
	static void apply(Transaction tx, ObjectNode input, ObjectNode lead, boolean creating, FieldErrors errors) {
		for (String field : new String[] { "name", "url", "description" }) {
			if (input.has(field)) {
				JsonNode value = input.get(field);
				if (value.isNull()) {
					lead.put(field, field.equals("description") ? "" : null);
				}
				else if (value.isString()) {
					lead.put(field, value.asString().trim());
				}
				else {
					errors.field(field, "Input should be a valid string");
				}
			}
		}
		status(tx, input, lead, creating, errors);
		if (input.has("addresses")) {
			lead.putArray("addresses")
				.addAll(NestedList.read(input.get("addresses"), "addresses", errors, LeadInput::address));
		}
		CustomValues.apply(tx, CustomObjectType.LEAD, input, lead, lead.get("id").asString(), errors);
	}

	private static void status(Transaction tx, ObjectNode input, ObjectNode lead, boolean creating,
			FieldErrors errors) {
		boolean byLabel = input.has("status") && !input.get("status").isNull();
		boolean byId = input.has("status_id") && !input.get("status_id").isNull();
		if (byLabel && byId) {
			errors.error("Specify either status or status_id, not both.");
		}
		else if (byId) {
			String id = input.get("status_id").asString("");
			if (tx.get(Kind.LEAD_STATUS, id) == null) {
				errors.field("status_id", "Lead status \"" + id + "\" does not exist.");
			}
			else {
				lead.put("status_id", id);
			}
		}
		else if (byLabel) {
			String label = input.get("status").asString("");
			ObjectNode status = tx.all(Kind.LEAD_STATUS)
				.stream()
				.filter(candidate -> candidate.get("label").asString().equalsIgnoreCase(label))
				.findFirst()
				.orElse(null);
			if (status == null) {
				errors.field("status", "Lead status \"" + label + "\" does not exist.");
			}
			else {
				lead.put("status_id", status.get("id").asString());
			}
		}
		else if (creating) {
			lead.put("status_id", tx.all(Kind.LEAD_STATUS).get(0).get("id").asString());
		}
	}

	private static ObjectNode address(ObjectNode item, FieldErrors errors) {
		ObjectNode address = Json.object();
		String label = item.path("label").asString("business").trim().toLowerCase(Locale.ROOT);
		if (!ADDRESS_LABELS.contains(label)) {
			errors.field("label",
					"Input should be one of " + String.join(", ", ADDRESS_LABELS.stream().sorted().toList()));
		}
		address.put("label", label);
		for (String field : ADDRESS_FIELDS) {
			JsonNode value = item.path(field);
			String text = value.isString() || value.isNumber() ? value.asString().trim() : null;
			address.put(field, (text == null || text.isEmpty()) ? null : text);
		}
		String country = address.path("country").asString(null);
		if (country != null) {
			country = country.toUpperCase(Locale.ROOT);
			if (!COUNTRIES.contains(country)) {
				errors.field("country", "\"" + country + "\" is not an ISO 3166 country code.");
			}
			address.put("country", country);
		}
		address.putArray("tz_ids");
		return address;
	}

}
