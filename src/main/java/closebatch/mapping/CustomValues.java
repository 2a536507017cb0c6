package closebatch.mapping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Immutable, order-keeping copies of custom values by field name. */
final class CustomValues {

	private CustomValues() {
	}

	static Map<String, List<String>> copy(Map<String, List<String>> values) {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
		return Collections.unmodifiableMap(copy);
	}

}
