package closebatch.sandbox.search;

import static closebatch.sandbox.search.JsonInput.error;
import static closebatch.sandbox.search.JsonInput.path;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import closebatch.sandbox.store.Timestamps;
import tools.jackson.databind.JsonNode;

/**
 * Reads the {@code condition} of a {@code field_condition} query, and the moments of a
 * {@code moment_range}.
 */
final class ConditionParser {

	static final List<String> CONDITION_TYPES = List.of("boolean", "current_user", "exists", "text", "term",
			"reference", "number_range", "moment_range");

	static final List<String> MOMENT_TYPES = List.of("fixed_utc", "fixed_local_date", "fixed_local_datetime", "now",
			"offset");

	/** The {@code condition} of a {@code field_condition} query at {@code parent}. */
	FieldCondition condition(JsonNode query, String parent) {
		String path = path(parent, "condition");
		JsonNode node = JsonInput.object(JsonInput.required(query, parent, "condition"), path);
		String type = JsonInput.string(node, path, "type");
		return switch (type) {
			case "boolean" -> {
				if (JsonInput.absent(node, "value") || !node.get("value").isBoolean()) {
					throw error(path(path, "value"), "Input should be a valid boolean");
				}
				yield new FieldCondition.BooleanValue(node.get("value").asBoolean());
			}
			case "current_user" -> new FieldCondition.CurrentUser();
			case "exists" -> new FieldCondition.Exists();
			case "text" -> new FieldCondition.Text(mode(node, path), JsonInput.string(node, path, "value"));
			case "term" ->
				new FieldCondition.Term(scalars(JsonInput.array(node, path, "values"), path(path, "values")));
			case "reference" -> reference(node, path);
			case "number_range" ->
				new FieldCondition.NumberRange(JsonInput.number(node, path, "gt"), JsonInput.number(node, path, "gte"),
						JsonInput.number(node, path, "lt"), JsonInput.number(node, path, "lte"));
			case "moment_range" -> new FieldCondition.MomentRange(optionalMoment(node, path, "on_or_after"),
					optionalMoment(node, path, "before"));
			default -> throw error(path(path, "type"),
					"Unknown condition type \"" + type + "\"; expected one of " + String.join(", ", CONDITION_TYPES));
		};
	}

	/** The {@code mode} of a text query or condition; {@code full_words} when absent. */
	TextMode mode(JsonNode node, String path) {
		String mode = JsonInput.optionalString(node, path, "mode");
		if (mode == null) {
			return TextMode.FULL_WORDS;
		}
		return TextMode.fromApiName(mode)
			.orElseThrow(() -> error(path(path, "mode"), "Unknown text mode \"" + mode
					+ "\"; expected one of full_words, phrase, beginning_of_words, exact_value"));
	}

	private FieldCondition reference(JsonNode node, String path) {
		String referenceType = JsonInput.optionalString(node, path, "reference_type");
		Set<String> ids = new LinkedHashSet<>();
		JsonNode items = JsonInput.array(node, path, "object_ids");
		for (int index = 0; index < items.size(); index++) {
			if (!items.get(index).isString()) {
				throw error(path(path, "object_ids") + "." + index, "Input should be a valid string");
			}
			ids.add(items.get(index).asString());
		}
		return new FieldCondition.Reference(referenceType, Set.copyOf(ids));
	}

	private static List<JsonNode> scalars(JsonNode items, String path) {
		List<JsonNode> values = new ArrayList<>();
		for (int index = 0; index < items.size(); index++) {
			JsonNode item = items.get(index);
			if (!item.isValueNode() || item.isNull()) {
				throw error(path + "." + index, "Input should be a text, a number or a boolean");
			}
			values.add(item);
		}
		return values;
	}

	private Moment optionalMoment(JsonNode node, String parent, String key) {
		return JsonInput.absent(node, key) ? null : moment(node.get(key), path(parent, key));
	}

	Moment moment(JsonNode node, String path) {
		JsonInput.object(node, path);
		String type = JsonInput.string(node, path, "type");
		try {
			return switch (type) {
				case "fixed_utc" -> new Moment.FixedUtc(Timestamps.parseDateTime(JsonInput.string(node, path, "value"))
					.orElseThrow(() -> error(path(path, "value"), "Input should be a valid datetime")));
				case "fixed_local_date" -> new Moment.FixedLocalDate(
						LocalDate.parse(JsonInput.string(node, path, "value").trim()), dayEnd(node, path, "which"));
				case "fixed_local_datetime" -> new Moment.FixedLocalDateTime(
						LocalDateTime.parse(JsonInput.string(node, path, "value").trim().replace(' ', 'T')));
				case "now" -> new Moment.Now();
				case "offset" -> offset(node, path);
				default -> throw error(path(path, "type"),
						"Unknown moment type \"" + type + "\"; expected one of " + String.join(", ", MOMENT_TYPES));
			};
		}
		catch (DateTimeParseException ex) {
			throw error(path(path, "value"), "Input should be a valid date or datetime");
		}
	}

	private Moment offset(JsonNode node, String path) {
		String direction = JsonInput.string(node, path, "direction");
		if (!direction.equals("past") && !direction.equals("future")) {
			throw error(path(path, "direction"), "Input should be 'past' or 'future'");
		}
		Moment base = moment(JsonInput.required(node, path, "moment"), path(path, "moment"));
		String offsetPath = path(path, "offset");
		JsonNode offset = JsonInput.object(JsonInput.required(node, path, "offset"), offsetPath);
		int max = 1_000_000;
		Period days = Period.of(JsonInput.integer(offset, offsetPath, "years", 0, 0, max),
				JsonInput.integer(offset, offsetPath, "months", 0, 0, max),
				JsonInput.integer(offset, offsetPath, "weeks", 0, 0, max) * 7
						+ JsonInput.integer(offset, offsetPath, "days", 0, 0, max));
		Duration time = Duration.ofHours(JsonInput.integer(offset, offsetPath, "hours", 0, 0, max))
			.plusMinutes(JsonInput.integer(offset, offsetPath, "minutes", 0, 0, max))
			.plusSeconds(JsonInput.integer(offset, offsetPath, "seconds", 0, 0, max));
		Boolean dayEnd = JsonInput.absent(node, "which_day_end") ? null : dayEnd(node, path, "which_day_end");
		return new Moment.Offset(direction.equals("future"), base, days, time, dayEnd);
	}

	/** {@code "start"} (false, the default) or {@code "end"} (true). */
	private static boolean dayEnd(JsonNode node, String path, String key) {
		String which = JsonInput.optionalString(node, path, key);
		if (which == null || which.equals("start")) {
			return false;
		}
		if (which.equals("end")) {
			return true;
		}
		throw error(path(path, key), "Input should be 'start' or 'end'");
	}

}
