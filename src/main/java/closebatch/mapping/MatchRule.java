package closebatch.mapping;

import java.util.Objects;

/**
 * One way of finding the Close lead a record already is, tried in the order the mapping's
 * {@code identity.match} lists them; the first rule that finds a lead decides.
 */
public sealed interface MatchRule {

	/**
	 * The hidden key field holds the record's {@code <namespace>:<key>} (always first).
	 */
	record Key() implements MatchRule {
	}

	/**
	 * A column holds the Close lead id, as in a file exported from Close.
	 *
	 * @param column the column's header
	 */
	record CloseId(String column) implements MatchRule {

		public CloseId {
			Objects.requireNonNull(column, "column");
		}

	}

	/**
	 * A lead custom field holds the source system's id; its value is the one the mapping
	 * writes to that field.
	 *
	 * @param field the custom field's name
	 */
	record Custom(String field) implements MatchRule {

		public Custom {
			Objects.requireNonNull(field, "field");
		}

	}

	/** The lead's name, equal after trimming, collapsing spaces and ignoring case. */
	record Name() implements MatchRule {
	}

}
