package closebatch.close;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The writes of a dry run: a client made {@link CloseClient#planning planning} sends
 * every read (GETs, searches) to Close and hands every write (POST, PUT, DELETE) to this
 * instead, which keeps it and answers as Close would, with made-up ids
 * ({@code lead_planned_1}), so the code that writes goes its usual way without changing
 * anything. Reads of what it planned are answered from it too (a planned lead, the
 * planned contacts or notes of a planned lead), as Close would answer them after the
 * writes: a plan of several steps sees what its earlier steps would have made.
 */
public final class PlannedWrites {

	/**
	 * A write that was not sent.
	 *
	 * @param method POST, PUT or DELETE
	 * @param path the path, {@code lead/lead_abc/}
	 * @param body the JSON body; an empty object for a DELETE
	 */
	public record Write(String method, String path, JsonNode body) {
	}

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final AtomicLong ids = new AtomicLong();

	private final Map<String, List<Write>> byPath = new ConcurrentHashMap<>();

	/** The objects the planned writes made, by id, each with the path it was made at. */
	private final Map<String, Planned> made = new ConcurrentHashMap<>();

	private record Planned(String path, ObjectNode object) {
	}

	/** The writes not sent to a path, in the order they were made. */
	public List<Write> to(String path) {
		List<Write> writes = this.byPath.get(CloseRequest.of("GET", path, null, null).path());
		if (writes == null) {
			return List.of();
		}
		synchronized (writes) {
			return List.copyOf(writes);
		}
	}

	/** Keeps the write and answers it as Close would. */
	JsonNode answer(CloseRequest request) {
		JsonNode body = (request.body() != null) ? this.mapper.readTree(request.body())
				: JsonNodeFactory.instance.objectNode();
		List<Write> writes = this.byPath.computeIfAbsent(request.path(), (path) -> new ArrayList<>());
		synchronized (writes) {
			writes.add(new Write(request.method(), request.path(), body));
		}
		if (request.method().equals("DELETE") || !(body instanceof ObjectNode object)) {
			return JsonNodeFactory.instance.objectNode();
		}
		ObjectNode answer = object.deepCopy();
		String[] segments = request.path().split("/");
		if (request.method().equals("POST")) {
			String id = plannedId(segments[0]);
			answer.put("id", id);
			if (answer.path("contacts").isArray()) {
				answer.path("contacts").forEach((contact) -> {
					if (contact instanceof ObjectNode created) {
						created.put("id", plannedId("contact")).put("lead_id", id);
						this.made.put(created.path("id").asString(), new Planned("contact/", created.deepCopy()));
					}
				});
			}
			ObjectNode kept = answer.deepCopy();
			kept.remove("contacts");
			this.made.put(id, new Planned(request.path(), kept));
		}
		else if (segments.length > 1) {
			String id = segments[segments.length - 1];
			answer.put("id", id);
			Planned planned = this.made.get(id);
			if (planned != null) {
				synchronized (planned) {
					planned.object().setAll(answer);
				}
			}
		}
		return answer;
	}

	/**
	 * The answer to a read of what this planned, as Close would give it after the writes;
	 * empty for a read of anything else, which goes to Close.
	 */
	Optional<JsonNode> read(CloseRequest request) {
		if (!request.method().equals("GET")) {
			return Optional.empty();
		}
		String[] segments = request.path().split("/");
		Planned planned = this.made.get(segments[segments.length - 1]);
		if (planned != null) {
			ObjectNode object;
			synchronized (planned) {
				object = planned.object().deepCopy();
			}
			if (planned.path().equals("lead/")) {
				object.set("contacts", madeAt("contact/", object.path("id").asString()));
			}
			return Optional.of(object);
		}
		String leadId = request.query().get("lead_id");
		if (leadId != null && this.made.containsKey(leadId)) {
			ObjectNode page = JsonNodeFactory.instance.objectNode();
			page.set("data", madeAt(request.path(), leadId));
			page.put("has_more", false);
			return Optional.of(page);
		}
		return Optional.empty();
	}

	/** The objects made at the path for the lead, oldest first. */
	private ArrayNode madeAt(String path, String leadId) {
		ArrayNode objects = JsonNodeFactory.instance.arrayNode();
		this.made.values()
			.stream()
			.filter((planned) -> planned.path().equals(path)
					&& leadId.equals(planned.object().path("lead_id").asString()))
			.sorted(java.util.Comparator.comparingLong((planned) -> plannedNumber(planned.object())))
			.forEach((planned) -> {
				synchronized (planned) {
					objects.add(planned.object().deepCopy());
				}
			});
		return objects;
	}

	private static long plannedNumber(JsonNode object) {
		String id = object.path("id").asString();
		return Long.parseLong(id.substring(id.lastIndexOf('_') + 1));
	}

	private String plannedId(String resource) {
		String prefix = switch (resource) {
			case "lead" -> "lead";
			case "contact" -> "cont";
			case "custom_field" -> "cf";
			default -> resource;
		};
		return prefix + "_planned_" + this.ids.incrementAndGet();
	}

}
