package closebatch.export;

import java.util.List;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * What a search export asks {@code /data/search/} for.
 *
 * @param job the job's name, for errors
 * @param query the user's query (the {@code query} of a search request)
 * @param objectType {@code lead} or {@code contact}
 * @param apiFields the {@code _fields} of that type
 */
record SearchSpec(String job, JsonNode query, String objectType, List<String> apiFields) {

	SearchSpec {
		Objects.requireNonNull(query, "query");
		Objects.requireNonNull(objectType, "objectType");
		apiFields = List.copyOf(apiFields);
	}

}
