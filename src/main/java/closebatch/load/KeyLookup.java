package closebatch.load;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import closebatch.close.CloseClient;
import closebatch.close.TimeSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds the lead a record was created as by the value of its hidden key field: how a
 * create whose answer was lost is resolved. Close's search index lags writes, so a search
 * that finds nothing is repeated until {@code indexLag} after the create was sent before
 * it is believed.
 */
final class KeyLookup {

	private static final Logger log = LoggerFactory.getLogger(KeyLookup.class);

	private static final Duration MOST_BETWEEN_SEARCHES = Duration.ofSeconds(2);

	private final String keyFieldId;

	private final Duration indexLag;

	private final Clock clock;

	private final TimeSource time;

	KeyLookup(String keyFieldId, Duration indexLag, Clock clock, TimeSource time) {
		this.keyFieldId = keyFieldId;
		this.indexLag = indexLag;
		this.clock = clock;
		this.time = time;
	}

	/**
	 * The id of the lead whose key field holds the record's key.
	 * @param sent when the create in doubt was sent
	 */
	Optional<String> find(CloseClient client, RecordKey key, Instant sent) {
		String keyValue = key.fieldValue();
		ObjectNode request = JsonNodeFactory.instance.objectNode();
		ObjectNode query = request.putObject("query");
		query.put("type", "and");
		query.withArray("queries").addObject().put("type", "object_type").put("object_type", "lead");
		ObjectNode condition = query.withArray("queries").addObject();
		condition.put("type", "field_condition");
		condition.putObject("field").put("type", "custom_field").put("custom_field_id", this.keyFieldId);
		condition.putObject("condition").put("type", "term").putArray("values").add(keyValue);
		request.putObject("_fields").putArray("lead").add("id");
		request.put("_limit", 2);
		Instant believable = sent.plus(this.indexLag);
		while (true) {
			List<JsonNode> found = client.search(request).data();
			if (!found.isEmpty()) {
				if (found.size() > 1) {
					log.warn("Several leads hold the key {}; using {}", keyValue, found.get(0).path("id").asString());
				}
				return Optional.of(found.get(0).path("id").asString());
			}
			Duration wait = Duration.between(this.clock.instant(), believable);
			if (wait.isNegative() || wait.isZero()) {
				return Optional.empty();
			}
			try {
				this.time.sleep((wait.compareTo(MOST_BETWEEN_SEARCHES) > 0) ? MOST_BETWEEN_SEARCHES : wait);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while looking up the key " + keyValue, ex);
			}
		}
	}

}
