package closebatch.load;

import java.util.Optional;
import java.util.function.Supplier;

import closebatch.close.CloseClient;
import closebatch.close.InDoubtException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Creates the organization's definitions a mapping needs (custom fields, custom activity
 * types, opportunity statuses) exactly once: a create whose answer was lost is looked up
 * by name before it is sent again, never sent blindly.
 */
final class Definitions {

	/**
	 * How many times a create is sent while each try ends in doubt; each try after the
	 * first follows a lookup that proved the one before did not happen.
	 */
	private static final int MAX_ATTEMPTS = 8;

	private Definitions() {
	}

	/**
	 * Posts the definition and gives what Close answered.
	 * @param findAfterDoubt looks the definition up by its name
	 */
	static JsonNode create(CloseClient client, String path, ObjectNode body,
			Supplier<Optional<JsonNode>> findAfterDoubt) {
		for (int attempt = 1;; attempt++) {
			try {
				return client.post(path, body);
			}
			catch (InDoubtException ex) {
				Optional<JsonNode> found = findAfterDoubt.get();
				if (found.isPresent()) {
					return found.get();
				}
				if (attempt >= MAX_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

}
