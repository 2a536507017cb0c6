package closebatch.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges rows that share a record key into one lead: the rows' contacts are appended in
 * row order (an identical contact only once), and each lead field keeps the first row's
 * value, taking a later row's only where the earlier rows left it empty.
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
		return new LeadRecord(rows, first.key(), either(first.name(), later.name()), either(first.url(), later.url()),
				either(first.description(), later.description()), either(first.statusLabel(), later.statusLabel()),
				union(first.addresses(), later.addresses()), custom, union(first.contacts(), later.contacts()));
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
