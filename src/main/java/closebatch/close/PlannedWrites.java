package closebatch.close;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The writes of a dry run: a client made {@link CloseClient#planning planning} sends
 * every read (GETs, searches) to Close and hands every write (POST, PUT, DELETE) to this
 * instead, which keeps it and answers as Close would, with made-up ids
 * ({@code lead_planned_1}), so the code that writes goes its usual way without changing
 * anything.
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
					}
				});
			}
		}
		else if (segments.length > 1) {
			answer.put("id", segments[segments.length - 1]);
		}
		return answer;
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
