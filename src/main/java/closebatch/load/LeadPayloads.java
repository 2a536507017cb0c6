package closebatch.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import closebatch.mapping.AddressRecord;
import closebatch.mapping.ContactEmail;
import closebatch.mapping.ContactPhone;
import closebatch.mapping.ContactRecord;
import closebatch.mapping.ContactUrl;
import closebatch.mapping.CustomFieldSpec;
import closebatch.mapping.LeadRecord;
import closebatch.mapping.WriteRules;
import closebatch.report.RowError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns mapped records into Close request bodies: a lead's own fields (without its
 * contacts) and each contact, with statuses and custom fields resolved to ids, as an
 * update writes them or as a create does. Absent values are left out, so an update (a
 * PUT, which Close treats as a patch) never blanks a field the file does not fill; a
 * field the mapping clears when blank is sent as {@code null}. A create also gets the
 * values only a create writes ({@link WriteRules}) and the record's key in the hidden key
 * field.
 */
public final class LeadPayloads {

	private final CloseSchema schema;

	public LeadPayloads(CloseSchema schema) {
		this.schema = schema;
	}

	/**
	 * Why the lead cannot be written as it is, if it cannot: what a dry run checks for
	 * each row without sending it.
	 */
	public Optional<RowError> problem(LeadRecord lead) {
		try {
			createFields(lead, "");
			return Optional.empty();
		}
		catch (RowRejected ex) {
			return Optional.of(ex.error());
		}
	}

	/**
	 * The lead's own fields as an update writes them: what the file holds, and
	 * {@code null} for what a blank cell clears.
	 * @throws RowRejected if the status label is not one of the organization's
	 */
	ObjectNode updateFields(LeadRecord lead) throws RowRejected {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		putIfPresent(body, "name", lead.name());
		putIfPresent(body, "url", lead.url());
		putIfPresent(body, "description", lead.description());
		if (lead.statusLabel() != null) {
			body.put("status_id", statusId(lead.statusLabel()));
		}
		if (!lead.addresses().isEmpty()) {
			ArrayNode addresses = body.putArray("addresses");
			lead.addresses().forEach((address) -> addresses.add(address(address)));
		}
		putCustom(body, CustomFieldSpec.Owner.LEAD, lead.custom());
		for (String cleared : lead.rules().clear()) {
			body.putNull(fieldName(CustomFieldSpec.Owner.LEAD, cleared));
		}
		return body;
	}

	/**
	 * The lead's own fields as a create writes them, including the values only a create
	 * gets and the record's key in the hidden key field.
	 * @param keyValue the value of the hidden key field
	 * @throws RowRejected if a status label is not one of the organization's
	 */
	ObjectNode createFields(LeadRecord lead, String keyValue) throws RowRejected {
		ObjectNode body = updateFields(lead);
		removeNulls(body);
		String status = lead.rules().createOnlyValue("status");
		if (status != null) {
			body.put("status_id", statusId(status));
		}
		addCreateOnly(body, CustomFieldSpec.Owner.LEAD, lead.rules());
		if (this.schema.keyFieldId() != null) {
			body.put("custom." + this.schema.keyFieldId(), keyValue);
		}
		return body;
	}

	private String statusId(String label) throws RowRejected {
		return this.schema.statusId(label)
			.orElseThrow(() -> new RowRejected(RowError.of(LoadError.UNKNOWN_STATUS, "status", "no lead status named '"
					+ label + "'; the organization has " + String.join(", ", this.schema.statusLabels()))));
	}

	/** A contact's fields as an update writes them. */
	ObjectNode updateContact(ContactRecord contact) {
		ObjectNode body = contactFields(contact);
		for (String cleared : contact.rules().clear()) {
			body.putNull(fieldName(CustomFieldSpec.Owner.CONTACT, cleared));
		}
		return body;
	}

	/** A contact's fields as a create writes them. */
	ObjectNode createContact(ContactRecord contact) {
		ObjectNode body = contactFields(contact);
		addCreateOnly(body, CustomFieldSpec.Owner.CONTACT, contact.rules());
		return body;
	}

	/**
	 * Puts the values a create writes instead of the record's own (status aside, resolved
	 * by the caller).
	 */
	private void addCreateOnly(ObjectNode body, CustomFieldSpec.Owner owner, WriteRules rules) {
		rules.createOnly().forEach((field, values) -> {
			if (field.startsWith("custom.")) {
				String name = field.substring("custom.".length());
				putCustom(body, owner, Map.of(name, values));
			}
			else if (!field.equals("status")) {
				body.put(field, values.get(0));
			}
		});
	}

	/** The body's key for a field as {@link WriteRules} names it. */
	private String fieldName(CustomFieldSpec.Owner owner, String field) {
		if (field.startsWith("custom.")) {
			return "custom." + this.schema.fieldId(owner, field.substring("custom.".length()));
		}
		return field.equals("status") ? "status_id" : field;
	}

	private static void removeNulls(ObjectNode body) {
		List<String> nulls = new java.util.ArrayList<>();
		body.properties().forEach((entry) -> {
			if (entry.getValue().isNull()) {
				nulls.add(entry.getKey());
			}
		});
		body.remove(nulls);
	}

	private ObjectNode contactFields(ContactRecord contact) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		putIfPresent(body, "name", contact.name());
		putIfPresent(body, "title", contact.title());
		if (!contact.emails().isEmpty()) {
			ArrayNode emails = body.putArray("emails");
			for (ContactEmail email : contact.emails()) {
				typed(emails, "email", email.email(), email.type());
			}
		}
		if (!contact.phones().isEmpty()) {
			ArrayNode phones = body.putArray("phones");
			for (ContactPhone phone : contact.phones()) {
				typed(phones, "phone", phone.phone(), phone.type());
			}
		}
		if (!contact.urls().isEmpty()) {
			ArrayNode urls = body.putArray("urls");
			for (ContactUrl url : contact.urls()) {
				typed(urls, "url", url.url(), url.type());
			}
		}
		putCustom(body, CustomFieldSpec.Owner.CONTACT, contact.custom());
		return body;
	}

	/** A SHA-256 of the body's JSON: equal bodies (built the same way) hash alike. */
	static String hash(JsonNode body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(body.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

	private void putCustom(ObjectNode body, CustomFieldSpec.Owner owner, Map<String, List<String>> values) {
		values.forEach((name, items) -> {
			String id = this.schema.fieldId(owner, name);
			if (items.size() == 1 && !this.schema.holdsSeveral(id)) {
				body.put("custom." + id, items.get(0));
			}
			else {
				ArrayNode list = body.putArray("custom." + id);
				items.forEach(list::add);
			}
		});
	}

	private static ObjectNode address(AddressRecord address) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		putIfPresent(node, "label", address.label());
		putIfPresent(node, "address_1", address.address1());
		putIfPresent(node, "address_2", address.address2());
		putIfPresent(node, "city", address.city());
		putIfPresent(node, "state", address.state());
		putIfPresent(node, "zipcode", address.zipcode());
		putIfPresent(node, "country", address.country());
		return node;
	}

	private static void typed(ArrayNode list, String field, String value, String type) {
		ObjectNode item = list.addObject();
		item.put(field, value);
		putIfPresent(item, "type", type);
	}

	private static void putIfPresent(ObjectNode node, String field, String value) {
		if (value != null) {
			node.put(field, value);
		}
	}

}
