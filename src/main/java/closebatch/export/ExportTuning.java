package closebatch.export;

import java.time.Clock;
import java.util.Objects;

/**
 * How an export reads and commits: objects per search or list page, creation groups per
 * committed chunk, and the clock of the saved positions.
 *
 * @param pageSize {@code _limit} of each page (Close allows up to 200 for search)
 * @param chunkSize creation groups (usually one object each) per committed chunk
 * @param clock stamps saved positions
 */
public record ExportTuning(int pageSize, int chunkSize, Clock clock) {

	/** 200 objects a page, 200 a chunk. */
	public static final ExportTuning DEFAULTS = new ExportTuning(200, 200, Clock.systemUTC());

	public ExportTuning {
		if (pageSize < 1 || chunkSize < 1) {
			throw new IllegalArgumentException("pageSize and chunkSize must be positive");
		}
		Objects.requireNonNull(clock, "clock");
	}

}
