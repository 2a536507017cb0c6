package closebatch.sandbox.http;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The sandbox's one JSON mapper, and short ways to build nodes with it. */
public final class Json {

	public static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private Json() {
	}

	public static ObjectNode object() {
		return NODES.objectNode();
	}

	public static ArrayNode array() {
		return NODES.arrayNode();
	}

	/** Parses a request body; malformed JSON is the client's error (400). */
	public static JsonNode parse(byte[] body) {
		try {
			return MAPPER.readTree(body);
		}
		catch (JacksonException ex) {
			throw ApiException.badRequest("Invalid JSON in the request body: " + ex.getOriginalMessage());
		}
	}

	public static byte[] write(JsonNode node) {
		return MAPPER.writeValueAsBytes(node);
	}

}
