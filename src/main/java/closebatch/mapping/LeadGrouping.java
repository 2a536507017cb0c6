package closebatch.mapping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges rows that share a record key into one lead: the rows' contacts are appended in
 * row order (an identical contact only once), and each lead field keeps the first row's
 * value, taking a later row's only where the earlier rows left it empty. A value the file
 * holds wins over one only a create would get ({@link WriteRules}).
 */
public final class LeadGrouping {

	private LeadGrouping() {
	}

	/**
	 * Groups leads by key, in the order each key first appears; a lead without a key
	 * stays on its own.
	 */
	public static List<LeadRecord> group(List<LeadRecord> leads) {
		Map<Object, LeadRecord> grouped = new LinkedHashMap<>();
		for (LeadRecord lead : leads) {
			Object key = (lead.key() != null) ? lead.key() : new Object();
			grouped.merge(key, lead, LeadGrouping::merge);
		}
		return new ArrayList<>(grouped.values());
	}

	/**
	 * The lead {@code first} and {@code later} make together; both must have the same
	 * key.
	 */
	public static LeadRecord merge(LeadRecord first, LeadRecord later) {
		if (first.key() == null || !first.key().equals(later.key())) {
			throw new IllegalArgumentException("only leads with the same key merge");
		}
		List<Long> rows = new ArrayList<>(first.rowNumbers());
		rows.addAll(later.rowNumbers());
		Map<String, List<String>> custom = new LinkedHashMap<>(first.custom());
		later.custom().forEach(custom::putIfAbsent);
		String name = either(first.name(), later.name());
		String url = either(first.url(), later.url());
		String description = either(first.description(), later.description());
		String status = either(first.statusLabel(), later.statusLabel());
		LeadRecord merged = new LeadRecord(rows, first.key(), name, url, description, status,
				union(first.addresses(), later.addresses()), custom, union(first.contacts(), later.contacts()),
				either(first.closeId(), later.closeId()), WriteRules.NONE);
		return merged.withRules(first.rules()
			.merge(later.rules(), filled(first)::contains, filled(later)::contains, filled(merged)::contains));
	}

	/** The fields, as {@link WriteRules} names them, a lead has values of its own for. */
	private static Set<String> filled(LeadRecord lead) {
		Set<String> filled = new HashSet<>();
		lead.custom().keySet().forEach((field) -> filled.add("custom." + field));
		addIf(filled, "name", lead.name());
		addIf(filled, "url", lead.url());
		addIf(filled, "description", lead.description());
		addIf(filled, "status", lead.statusLabel());
		return filled;
	}

	private static void addIf(Set<String> filled, String field, String value) {
		if (value != null) {
			filled.add(field);
		}
	}

	private static String either(String first, String later) {
		return (first != null) ? first : later;
	}

	private static <T> List<T> union(List<T> first, List<T> later) {
		List<T> all = new ArrayList<>(first);
		later.stream().filter((item) -> !all.contains(item)).forEach(all::add);
		return all;
	}

}
