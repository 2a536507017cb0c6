package closebatch.sandbox.resource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The query parameters a route implements, declared with the route so that any other is
 * refused with a 400 naming it (DESIGN §6: never ignored).
 */
final class QueryParameters {

	/** {@code _fields}, which every route that returns one object implements. */
	static final Set<String> ONE = Set.of("_fields");

	private QueryParameters() {
	}

	/** Close's paging and field selection, plus the list's own filters. */
	static Set<String> list(Collection<String> filters) {
		Set<String> names = new LinkedHashSet<>(List.of("_limit", "_skip", "_fields"));
		names.addAll(filters);
		return Set.copyOf(names);
	}

	/** A list without filters of its own. */
	static Set<String> list() {
		return list(List.of());
	}

	/**
	 * {@code field} and {@code field__lt}, {@code __lte}, {@code __gt}, {@code __gte}.
	 */
	static List<String> dateRange(String field) {
		List<String> names = new ArrayList<>();
		for (String operator : DateRangeFilter.ALL_OPERATORS) {
			names.add(operator.isEmpty() ? field : field + "__" + operator);
		}
		return names;
	}

	/** A parameter and its {@code __in} form. */
	static List<String> withIn(String name) {
		return List.of(name, name + "__in");
	}

}
