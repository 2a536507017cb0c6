package closebatch.export;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Remembers where a read in {@code date_created} order got, so that a new query starting
 * at the last {@code date_created} seen skips what was already read: everything older,
 * and the objects seen at that very instant (the API need not order ties by id, so their
 * ids are kept rather than compared).
 */
final class CreationOrder {

	private final Instant resumeAfter;

	private final String resumeAfterText;

	private Instant boundary;

	private String boundaryText;

	private final Set<String> idsAtBoundary = new HashSet<>();

	/**
	 * @param resumeAfter the {@code date_created} up to which (inclusive) every object
	 * was written by an earlier run, or null
	 */
	CreationOrder(String resumeAfter) {
		this.resumeAfter = (resumeAfter == null) ? null : instant(resumeAfter);
		this.resumeAfterText = resumeAfter;
	}

	/** Where the next query starts: the instant of the last object seen, if any. */
	String lowerBound() {
		if (this.boundaryText != null) {
			return this.boundaryText;
		}
		return this.resumeAfterText;
	}

	/** Whether {@code object} is new; if so, it becomes the last one seen. */
	boolean accept(JsonNode object) {
		Instant created = instant(object.path("date_created").asString(""));
		if (this.resumeAfter != null && !created.isAfter(this.resumeAfter)) {
			return false;
		}
		String id = object.path("id").asString();
		if (this.boundary != null) {
			int order = created.compareTo(this.boundary);
			if (order < 0 || (order == 0 && this.idsAtBoundary.contains(id))) {
				return false;
			}
			if (order > 0) {
				this.idsAtBoundary.clear();
			}
		}
		this.boundary = created;
		this.boundaryText = object.path("date_created").asString();
		this.idsAtBoundary.add(id);
		return true;
	}

	/** Reads a {@code date_created} value. */
	static Instant instant(String text) {
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new IllegalStateException(
					"The API returned an object without a readable date_created: '" + text + "'", ex);
		}
	}

}
