package closebatch.export;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import closebatch.sandbox.Sandbox;
import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.http.Json;
import closebatch.sandbox.store.Ids;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.Timestamps;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts many leads into a sandbox quickly: one lead (two contacts, the first with a
 * contact custom value; an address; five lead custom values) is created through the API,
 * then copied straight into the store with new ids, names and values, in one write.
 * Copies can share a {@code date_created} to make ties.
 */
final class SeededLeads {

	/** The five lead custom fields, by name, with their types. */
	static final List<Map.Entry<String, String>> CUSTOM_FIELDS = List.of(Map.entry("Segment", "text"),
			Map.entry("Employees", "number"), Map.entry("Customer Since", "date"), Map.entry("Notes", "text"),
			Map.entry("Tags", "choices"));

	private SeededLeads() {
	}

	/** Creates the custom fields; returns their ids in {@link #CUSTOM_FIELDS} order. */
	static List<String> customFields(SandboxClient close) {
		List<String> ids = new ArrayList<>();
		for (Map.Entry<String, String> field : CUSTOM_FIELDS) {
			Map<String, Object> body = new java.util.LinkedHashMap<>();
			body.put("name", field.getKey());
			body.put("type", field.getValue());
			if (field.getValue().equals("choices")) {
				body.put("choices", List.of("red", "green", "blue"));
				body.put("accepts_multiple_values", true);
			}
			ids.add(close.post("custom_field/lead/", body).ok().get("id").asString());
		}
		return ids;
	}

	/**
	 * Seeds {@code count} leads; every {@code tieEvery} consecutive ones share one
	 * {@code date_created} (1 for none).
	 * @return the ids of the seeded leads
	 */
	static List<String> seed(Sandbox sandbox, int count, int tieEvery) {
		SandboxClient close = SandboxClient.withKey(sandbox.baseUrl(), sandbox.apiKey());
		List<String> fields = customFields(close);
		String role = close.post("custom_field/contact/", Map.of("name", "Role", "type", "text"))
			.ok()
			.get("id")
			.asString();
		Map<String, Object> lead = new java.util.LinkedHashMap<>();
		lead.put("name", "Template");
		lead.put("url", "https://template.test");
		lead.put("description", "=HYPERLINK(\"x\")");
		lead.put("contacts",
				List.of(Map.of("name", "Ann", "title", "CEO", "emails", List.of(Map.of("email", "ann@t.test")),
						"phones", List.of(Map.of("phone", "+14155550100")), "custom." + role, "Founder"),
						Map.of("name", "Bob", "emails", List.of(Map.of("email", "bob@t.test")))));
		lead.put("addresses", List.of(Map.of("address_1", "1 Main St", "city", "Springfield", "country", "US")));
		String templateId = close.post("lead/", lead).ok().get("id").asString();
		ObjectNode template = sandbox.store().get(Kind.LEAD, templateId).deepCopy();
		List<ObjectNode> contacts = sandbox.store()
			.children(Kind.CONTACT, templateId)
			.stream()
			.map(ObjectNode::deepCopy)
			.toList();
		close.delete("lead/" + templateId + "/");
		Instant start = Instant.parse("2024-01-01T00:00:00Z");
		List<String> ids = new ArrayList<>(count);
		sandbox.store().write((tx) -> {
			for (int i = 0; i < count; i++) {
				String created = Timestamps.format(start.plus(i / tieEvery, ChronoUnit.SECONDS));
				ObjectNode copy = template.deepCopy();
				String id = Ids.newId(Kind.LEAD);
				copy.put("id", id);
				copy.put("name", "Company " + i);
				copy.put("display_name", "Company " + i);
				copy.put("date_created", created);
				copy.put("date_updated", created);
				copy.put("custom." + fields.get(0), "Segment " + (i % 7));
				copy.put("custom." + fields.get(1), i);
				copy.put("custom." + fields.get(2), "2024-02-" + String.format("%02d", 1 + i % 28));
				copy.put("custom." + fields.get(3), (i % 5 == 0) ? "-minus first" : "plain");
				copy.set("custom." + fields.get(4), Json.MAPPER.valueToTree(List.of("red", "blue")));
				tx.put(Kind.LEAD, copy);
				for (ObjectNode contact : contacts) {
					ObjectNode child = contact.deepCopy();
					child.put("id", Ids.newId(Kind.CONTACT));
					child.put("lead_id", id);
					child.put("date_created", created);
					child.put("date_updated", created);
					tx.put(Kind.CONTACT, child);
				}
				ids.add(id);
			}
			return null;
		});
		return ids;
	}

}
