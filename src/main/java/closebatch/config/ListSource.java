package closebatch.config;

import java.util.Map;
import java.util.Objects;

/**
 * The list endpoint a list export pages through, with the endpoint's own filters.
 *
 * @param endpoint the path below the API's base URL without slashes at either end, for
 * example {@code phone_number}, {@code opportunity} or {@code activity/call}
 * @param filters query parameters the endpoint documents ({@code lead_id},
 * {@code status_type}, ...), sent as given
 */
public record ListSource(String endpoint, Map<String, String> filters) {

	public ListSource {
		Objects.requireNonNull(endpoint, "endpoint");
		endpoint = endpoint.strip().replaceAll("^/+|/+$", "");
		if (endpoint.isEmpty()) {
			throw new IllegalArgumentException("a list export needs an endpoint");
		}
		filters = Map.copyOf(filters);
	}

}
