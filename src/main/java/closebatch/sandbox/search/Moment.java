package closebatch.sandbox.search;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZonedDateTime;

/**
 * A point in time as a {@code moment_range} bound names it, resolved when the query runs.
 */
sealed interface Moment {

	Instant resolve(EvaluationContext context);

	/** {@code {"type": "fixed_utc", "value": "2025-12-08T21:12:12+00:00"}} */
	record FixedUtc(Instant instant) implements Moment {

		@Override
		public Instant resolve(EvaluationContext context) {
			return this.instant;
		}

	}

	/**
	 * {@code {"type": "fixed_local_date", "value": "2024-05-01", "which": "start|end"}}:
	 * the start or the end of that day in the caller's time zone.
	 */
	record FixedLocalDate(LocalDate date, boolean end) implements Moment {

		@Override
		public Instant resolve(EvaluationContext context) {
			LocalDate day = this.end ? this.date.plusDays(1) : this.date;
			return day.atStartOfDay().toInstant(context.zone());
		}

	}

	/** {@code {"type": "fixed_local_datetime", "value": "2024-05-01T09:30:00"}} */
	record FixedLocalDateTime(LocalDateTime dateTime) implements Moment {

		@Override
		public Instant resolve(EvaluationContext context) {
			return this.dateTime.toInstant(context.zone());
		}

	}

	/** {@code {"type": "now"}} */
	record Now() implements Moment {

		@Override
		public Instant resolve(EvaluationContext context) {
			return context.now();
		}

	}

	/**
	 * {@code {"type": "offset", "direction": "past|future", "moment": {...}, "offset":
	 * {"years": 0, "months": 0, "weeks": 0, "days": 7, "hours": 0, "minutes": 0,
	 * "seconds": 0}, "which_day_end": "start|end"}}.
	 *
	 * <p>
	 * {@code which_day_end} moves the result to the start or end of its local day, but
	 * only for offsets of whole days or more: an offset with hours, minutes or seconds is
	 * kept to the second (the sandbox's reading of Close's exported filters, which pair
	 * minute offsets with {@code which_day_end}).
	 *
	 * @param dayEnd null to keep the time of day, else whether to move to the day's end
	 */
	record Offset(boolean future, Moment base, Period days, Duration time, Boolean dayEnd) implements Moment {

		@Override
		public Instant resolve(EvaluationContext context) {
			ZonedDateTime local = this.base.resolve(context).atZone(context.zone());
			ZonedDateTime shifted = this.future ? local.plus(this.days).plus(this.time)
					: local.minus(this.days).minus(this.time);
			if (this.dayEnd == null || !this.time.isZero()) {
				return shifted.toInstant();
			}
			LocalDate day = this.dayEnd ? shifted.toLocalDate().plusDays(1) : shifted.toLocalDate();
			return day.atStartOfDay(context.zone()).toInstant();
		}

	}

}
