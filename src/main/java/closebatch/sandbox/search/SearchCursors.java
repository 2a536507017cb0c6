package closebatch.sandbox.search;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import closebatch.sandbox.http.ApiException;
import closebatch.sandbox.store.Ids;

/**
 * The cursors handed out by {@code /data/search/}: each names a position in a
 * {@link SearchSnapshot} and stays valid for the cursor TTL from when it was issued (30 s
 * in Close), after which it is refused with {@code "Expired cursor"}.
 *
 * <p>
 * A cursor is {@code <expiry in epoch ms, base 36>_<random>}: the random part tells
 * cursors apart, and the expiry lets a cursor that has been purged still be told apart as
 * expired rather than invalid. A cursor can be used again until it expires, so a client
 * may retry a page whose response it lost. Expired cursors are purged at most once a
 * second when a new one is issued; a snapshot lives only as long as a cursor points into
 * it, which keeps memory bounded by the TTL and the request rate.
 */
public final class SearchCursors {

	/** A cursor's snapshot and the offset of the page it asks for. */
	record Position(SearchSnapshot snapshot, int offset, long expiresAt) {
	}

	private static final long PURGE_INTERVAL_MILLIS = 1_000;

	private final Map<String, Position> positions = new ConcurrentHashMap<>();

	private final SearchLimits limits;

	private final Clock clock;

	private volatile long nextPurge;

	public SearchCursors(SearchLimits limits, Clock clock) {
		this.limits = limits;
		this.clock = clock;
	}

	/** A new cursor for the page of a snapshot that starts at {@code offset}. */
	String issue(SearchSnapshot snapshot, int offset) {
		long now = this.clock.millis();
		purgeExpired(now);
		long expiresAt = now + this.limits.cursorTtl().toMillis();
		String cursor = Long.toString(expiresAt, Character.MAX_RADIX) + "_" + Ids.randomBase62(22);
		this.positions.put(cursor, new Position(snapshot, offset, expiresAt));
		return cursor;
	}

	/** The position a cursor names; a 400 if it has expired or was never issued. */
	Position resolve(String cursor) {
		long now = this.clock.millis();
		Position position = this.positions.get(cursor);
		if (position != null && position.expiresAt() > now) {
			return position;
		}
		if (position != null || issuedAndExpired(cursor, now)) {
			throw ApiException.fieldError("cursor", "Expired cursor");
		}
		throw ApiException.fieldError("cursor", "Invalid cursor");
	}

	/** Forgets every cursor (the sandbox's reset). */
	public void clear() {
		this.positions.clear();
	}

	/** How many cursors are held, expired ones not yet purged included. */
	int size() {
		return this.positions.size();
	}

	private void purgeExpired(long now) {
		if (now < this.nextPurge) {
			return;
		}
		this.nextPurge = now + PURGE_INTERVAL_MILLIS;
		this.positions.values().removeIf(position -> position.expiresAt() <= now);
	}

	private static boolean issuedAndExpired(String cursor, long now) {
		int separator = cursor.indexOf('_');
		if (separator <= 0 || cursor.length() - separator - 1 != 22) {
			return false;
		}
		try {
			return Long.parseLong(cursor.substring(0, separator), Character.MAX_RADIX) <= now;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
