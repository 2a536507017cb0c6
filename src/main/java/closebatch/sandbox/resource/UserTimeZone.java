package closebatch.sandbox.resource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import closebatch.sandbox.http.ApiException;
import closebatch.sandbox.http.ApiRequest;

/**
 * The caller's time zone as Close learns it, from the {@code x-tz-offset} header (hours,
 * possibly fractional such as {@code -2.5}; UTC when absent): it decides where the
 * caller's days begin, for the task views, for the order of date-only tasks and for
 * date-only filter values.
 *
 * @param offset the caller's offset from UTC
 */
record UserTimeZone(ZoneOffset offset) {

	private static final int MAX_OFFSET_SECONDS = 18 * 3600;

	static UserTimeZone of(ApiRequest request) {
		long seconds = Math.round(request.tzOffsetHours() * 3600);
		if (Math.abs(seconds) > MAX_OFFSET_SECONDS) {
			throw ApiException.badRequest("Invalid x-tz-offset header: " + request.tzOffsetHours());
		}
		return new UserTimeZone(ZoneOffset.ofTotalSeconds((int) seconds));
	}

	/** The caller's calendar day at an instant. */
	LocalDate dayOf(Instant instant) {
		return instant.atOffset(this.offset).toLocalDate();
	}

	/** The instant the caller's day begins. */
	Instant startOf(LocalDate day) {
		return day.atStartOfDay().toInstant(this.offset);
	}

}
