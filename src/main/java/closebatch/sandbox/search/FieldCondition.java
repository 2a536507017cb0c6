package closebatch.sandbox.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import closebatch.sandbox.store.Timestamps;
import tools.jackson.databind.JsonNode;

/**
 * A condition on the values of one field (the docs, "Field Conditions"). A field with
 * several values (a list) meets a condition when one of its values does; a field without
 * a value meets none.
 */
sealed interface FieldCondition {

	boolean test(List<JsonNode> values, EvaluationContext context);

	/** {@code {"type": "boolean", "value": true}} */
	record BooleanValue(boolean value) implements FieldCondition {

		@Override
		public boolean test(List<JsonNode> values, EvaluationContext context) {
			return values.stream().anyMatch(item -> item.isBoolean() && item.asBoolean() == this.value);
		}

	}

	/** {@code {"type": "current_user"}}: the field names the caller. */
	record CurrentUser() implements FieldCondition {

		@Override
		public boolean test(List<JsonNode> values, EvaluationContext context) {
			return values.stream().anyMatch(item -> item.asString("").equals(context.userId()));
		}

	}

	/**
	 * {@code {"type": "exists"}}: the field has a value; an empty text or list counts as
	 * none.
	 */
	record Exists() implements FieldCondition {

		@Override
		public boolean test(List<JsonNode> values, EvaluationContext context) {
			return values.stream().anyMatch(item -> !(item.isString() && item.asString().isEmpty()));
		}

	}

	/** {@code {"type": "text", "mode": "full_words", "value": "Bruce"}} */
	record Text(TextMode mode, String value) implements FieldCondition {

		@Override
		public boolean test(List<JsonNode> values, EvaluationContext context) {
			List<String> texts = new ArrayList<>();
			values.forEach(item -> ObjectText.addAll(texts, item));
			return this.mode.matches(this.value, texts);
		}

	}

	/**
	 * {@code {"type": "term", "values": ["draft", "sent"]}}: one of the values exactly;
	 * numbers compare as numbers.
	 */
	record Term(List<JsonNode> terms) implements FieldCondition {

		@Override
		public boolean test(List<JsonNode> values, EvaluationContext context) {
			return values.stream().anyMatch(item -> this.terms.stream().anyMatch(term -> sameValue(item, term)));
		}

		private static boolean sameValue(JsonNode value, JsonNode term) {
			Optional<BigDecimal> number = NumberRange.number(value);
			Optional<BigDecimal> termNumber = NumberRange.number(term);
			if (number.isPresent() && termNumber.isPresent()) {
				return number.get().compareTo(termNumber.get()) == 0;
			}
			return value.isValueNode() && value.asString().equals(term.asString());
		}

	}

	/**
	 * {@code {"type": "reference", "reference_type": "user", "object_ids": [...]}}
	 */
	record Reference(String referenceType, Set<String> objectIds) implements FieldCondition {

		@Override
		public boolean test(List<JsonNode> values, EvaluationContext context) {
			return values.stream().anyMatch(item -> this.objectIds.contains(item.asString("")));
		}

	}

	/**
	 * {@code {"type": "number_range", "gt": 1}}, with any of {@code gt}, {@code gte},
	 * {@code lt}, {@code lte}; numeric text counts as a number.
	 */
	record NumberRange(BigDecimal gt, BigDecimal gte, BigDecimal lt, BigDecimal lte) implements FieldCondition {

		@Override
		public boolean test(List<JsonNode> values, EvaluationContext context) {
			return values.stream().map(NumberRange::number).flatMap(Optional::stream).anyMatch(this::contains);
		}

		private boolean contains(BigDecimal number) {
			return (this.gt == null || number.compareTo(this.gt) > 0)
					&& (this.gte == null || number.compareTo(this.gte) >= 0)
					&& (this.lt == null || number.compareTo(this.lt) < 0)
					&& (this.lte == null || number.compareTo(this.lte) <= 0);
		}

		static Optional<BigDecimal> number(JsonNode value) {
			if (value.isNumber()) {
				return Optional.of(value.decimalValue());
			}
			if (value.isString()) {
				try {
					return Optional.of(new BigDecimal(value.asString().trim()));
				}
				catch (NumberFormatException ex) {
					return Optional.empty();
				}
			}
			return Optional.empty();
		}

	}

	/**
	 * {@code {"type": "moment_range", "on_or_after": <moment>, "before": <moment>}}: a
	 * date or datetime in {@code [on_or_after, before)}; either bound may be null. A date
	 * without a time is its start in the caller's time zone.
	 */
	record MomentRange(Moment onOrAfter, Moment before) implements FieldCondition {

		@Override
		public boolean test(List<JsonNode> values, EvaluationContext context) {
			Instant from = (this.onOrAfter == null) ? null : this.onOrAfter.resolve(context);
			Instant until = (this.before == null) ? null : this.before.resolve(context);
			for (JsonNode value : values) {
				Optional<Instant> instant = instant(value, context);
				if (instant.isPresent() && (from == null || !instant.get().isBefore(from))
						&& (until == null || instant.get().isBefore(until))) {
					return true;
				}
			}
			return false;
		}

		static Optional<Instant> instant(JsonNode value, EvaluationContext context) {
			if (!value.isString()) {
				return Optional.empty();
			}
			String text = value.asString();
			Optional<java.time.LocalDate> date = (text.trim().length() == 10) ? Timestamps.parseDate(text)
					: Optional.empty();
			if (date.isPresent()) {
				return Optional.of(date.get().atStartOfDay().toInstant(context.zone()));
			}
			return Timestamps.parseDateTime(text);
		}

	}

}
