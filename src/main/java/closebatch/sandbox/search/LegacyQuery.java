package closebatch.sandbox.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import closebatch.sandbox.http.ApiException;
import closebatch.sandbox.http.Json;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.SandboxStore;
import closebatch.sandbox.store.Timestamps;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The legacy lead search of {@code GET /lead/?query=…} (deprecated by Close in 2022 for
 * {@code /data/search/}, still used by Close's scripts), translated into an Advanced
 * Filtering query: the sandbox has one search engine, and this is a second way in.
 *
 * <p>
 * Clauses, all of which must hold: free text (a word or a {@code "quoted phrase"});
 * {@code name:}, {@code company:}, {@code email_address:}, {@code phone:},
 * {@code status:} and {@code custom.<Field Name>:} with a value, {@code *} meaning "has a
 * value" for custom fields; {@code not} before a clause; {@code contacts}, {@code
 * addresses} or {@code opportunities} compared with a number ({@code contacts > 1});
 * {@code created}/{@code date_created} and {@code updated}/{@code date_updated} compared
 * with a date or date-time; {@code sort:} one of those dates, {@code -} for newest first;
 * {@code slice:i/n} (0 ≤ i &lt; n), a deterministic partition by id. Anything else is a
 * 400 naming the clause.
 *
 * @param query the Advanced Filtering query over leads
 * @param sort the Advanced Filtering {@code sort}, or null for newest first
 * @param slice the partition asked for, or null
 */
record LegacyQuery(ObjectNode query, ArrayNode sort, Slice slice) {

	/** The {@code slice:index/count} clause. */
	record Slice(int index, int count) {

		boolean contains(String id) {
			return Math.floorMod(id.hashCode(), this.count) == this.index;
		}

	}

	private static final Pattern COMPARISON = Pattern.compile("^(\"[^\"]*\"|[a-z_.]+)\\s*(>=|<=|>|<|=)\\s*(.+)$");

	private static final Pattern SLICE = Pattern.compile("(\\d+)/(\\d+)");

	/** Reads a legacy query, refusing the clauses the sandbox does not know. */
	static LegacyQuery parse(String text, SandboxStore store) {
		ArrayNode queries = Json.array();
		queries.add(Json.object().put("type", "object_type").put("object_type", "lead"));
		ArrayNode sort = null;
		Slice slice = null;
		boolean negate = false;
		for (String token : tokens(text)) {
			if (token.equalsIgnoreCase("not")) {
				negate = true;
				continue;
			}
			ObjectNode clause;
			Matcher comparison = COMPARISON.matcher(token);
			int colon = colonOutsideQuotes(token);
			if (comparison.matches() && (colon < 0 || colon > comparison.start(2))) {
				clause = comparison(token, unquote(comparison.group(1)), comparison.group(2),
						unquote(comparison.group(3)));
			}
			else if (colon > 0) {
				String key = unquote(token.substring(0, colon));
				String value = unquote(token.substring(colon + 1));
				if (key.equals("sort")) {
					sort = sort(token, value);
					continue;
				}
				if (key.equals("slice")) {
					slice = slice(token, value);
					continue;
				}
				clause = fieldClause(token, key, value, store);
			}
			else {
				clause = Json.object().put("type", "text").put("mode", "phrase").put("value", unquote(token));
			}
			if (negate) {
				clause.put("negate", true);
				negate = false;
			}
			queries.add(clause);
		}
		if (negate) {
			throw refused("not", "\"not\" must come before a clause.");
		}
		ObjectNode query = Json.object().put("type", "and");
		query.set("queries", queries);
		return new LegacyQuery(query, sort, slice);
	}

	private static ObjectNode fieldClause(String token, String key, String value, SandboxStore store) {
		return switch (key) {
			case "name", "company", "lead_name" -> leadField("display_name", text("phrase", value));
			case "status", "lead_status" -> leadField("status_label", text("exact_value", value));
			case "email_address", "email" -> related("contact_email", "email", text("exact_value", value));
			case "phone", "phone_number" -> related("contact_phone", "phone", text("phrase", value));
			default -> {
				if (!key.startsWith("custom.")) {
					throw refused(token, "The sandbox does not support the field \"" + key + "\" in a legacy query.");
				}
				String fieldId = customFieldId(key.substring("custom.".length()), store);
				if (fieldId == null) {
					throw refused(token,
							"The Custom Field \"" + key.substring("custom.".length()) + "\" does not exist.");
				}
				ObjectNode field = Json.object().put("type", "custom_field").put("custom_field_id", fieldId);
				ObjectNode condition = value.equals("*") ? Json.object().put("type", "exists") : text("phrase", value);
				yield onField(field, condition);
			}
		};
	}

	private static ObjectNode comparison(String token, String key, String operator, String value) {
		String field = switch (key) {
			case "contacts", "addresses", "opportunities" -> key + "_count";
			case "created", "date_created" -> "date_created";
			case "updated", "date_updated" -> "date_updated";
			default -> throw refused(token, "The sandbox cannot compare \"" + key + "\" in a legacy query.");
		};
		if (field.endsWith("_count")) {
			double number;
			try {
				number = Double.parseDouble(value);
			}
			catch (NumberFormatException ex) {
				throw refused(token, "\"" + value + "\" is not a number.");
			}
			ObjectNode range = Json.object().put("type", "number_range");
			switch (operator) {
				case ">" -> range.put("gt", number);
				case ">=" -> range.put("gte", number);
				case "<" -> range.put("lt", number);
				case "<=" -> range.put("lte", number);
				default -> range.put("gte", number).put("lte", number);
			}
			return leadField(field, range);
		}
		return leadField(field, momentRange(token, operator, value));
	}

	/**
	 * A date compares by days ({@code > 2024-01-31} is from February 1st on); a
	 * date-time, minutes or seconds as written, compares as an instant (UTC unless it
	 * carries an offset).
	 */
	private static ObjectNode momentRange(String token, String operator, String value) {
		ObjectNode range = Json.object().put("type", "moment_range");
		if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
			LocalDate day = Timestamps.parseDate(value).orElseThrow(() -> refused(token, "Invalid date " + value));
			LocalDate from = operator.equals(">") ? day.plusDays(1) : day;
			LocalDate before = operator.equals("<") ? day : day.plusDays(1);
			if (!operator.equals("<") && !operator.equals("<=")) {
				range.set("on_or_after", Json.object().put("type", "fixed_local_date").put("value", from.toString()));
			}
			if (!operator.equals(">") && !operator.equals(">=")) {
				range.set("before", Json.object().put("type", "fixed_local_date").put("value", before.toString()));
			}
			return range;
		}
		String normalized = value.matches(".*T\\d{2}:\\d{2}") ? value + ":00" : value;
		Instant instant = Timestamps.parseDateTime(normalized)
			.orElseThrow(() -> refused(token, "\"" + value + "\" is not a date or a date-time."));
		Instant from = operator.equals(">") ? instant.plusSeconds(1) : instant;
		Instant before = operator.equals("<") ? instant : instant.plusSeconds(1);
		if (!operator.equals("<") && !operator.equals("<=")) {
			range.set("on_or_after", Json.object().put("type", "fixed_utc").put("value", Timestamps.format(from)));
		}
		if (!operator.equals(">") && !operator.equals(">=")) {
			range.set("before", Json.object().put("type", "fixed_utc").put("value", Timestamps.format(before)));
		}
		return range;
	}

	private static ArrayNode sort(String token, String value) {
		boolean descending = value.startsWith("-");
		String name = switch (descending ? value.substring(1) : value) {
			case "created", "date_created" -> "date_created";
			case "updated", "date_updated" -> "date_updated";
			case "name", "display_name" -> "display_name";
			default -> throw refused(token, "The sandbox sorts a legacy query only by created, updated or name.");
		};
		ObjectNode field = Json.object()
			.put("type", "regular_field")
			.put("object_type", "lead")
			.put("field_name", name);
		ObjectNode key = Json.object().put("direction", descending ? "desc" : "asc");
		key.set("field", field);
		return Json.array().add(key);
	}

	private static Slice slice(String token, String value) {
		Matcher matcher = SLICE.matcher(value);
		if (!matcher.matches()) {
			throw refused(token, "A slice is written slice:index/count, e.g. slice:0/4.");
		}
		int index = Integer.parseInt(matcher.group(1));
		int count = Integer.parseInt(matcher.group(2));
		if (count < 1 || index >= count) {
			throw refused(token, "A slice index goes from 0 to count - 1.");
		}
		return new Slice(index, count);
	}

	private static ObjectNode leadField(String name, ObjectNode condition) {
		return onField(Json.object().put("type", "regular_field").put("object_type", "lead").put("field_name", name),
				condition);
	}

	private static ObjectNode related(String objectType, String fieldName, ObjectNode condition) {
		ObjectNode related = Json.object()
			.put("type", "has_related")
			.put("this_object_type", "lead")
			.put("related_object_type", objectType);
		related.set("related_query", onField(
				Json.object().put("type", "regular_field").put("object_type", objectType).put("field_name", fieldName),
				condition));
		return related;
	}

	private static ObjectNode onField(ObjectNode field, ObjectNode condition) {
		ObjectNode query = Json.object().put("type", "field_condition");
		query.set("field", field);
		query.set("condition", condition);
		return query;
	}

	private static ObjectNode text(String mode, String value) {
		return Json.object().put("type", "text").put("mode", mode).put("value", value);
	}

	private static String customFieldId(String name, SandboxStore store) {
		for (Kind kind : List.of(Kind.LEAD_CUSTOM_FIELD, Kind.SHARED_CUSTOM_FIELD)) {
			for (JsonNode field : store.oldestFirst(kind)) {
				if (field.path("name").asString("").equals(name) || field.path("id").asString("").equals(name)) {
					return field.get("id").asString();
				}
			}
		}
		return null;
	}

	/** Splits on spaces outside double quotes; joins {@code a > 1} written apart. */
	static List<String> tokens(String text) {
		List<String> raw = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		for (char c : text.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (Character.isWhitespace(c) && !quoted) {
				if (!current.isEmpty()) {
					raw.add(current.toString());
					current.setLength(0);
				}
			}
			else {
				current.append(c);
			}
		}
		if (quoted) {
			throw refused(text, "A quote is not closed.");
		}
		if (!current.isEmpty()) {
			raw.add(current.toString());
		}
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < raw.size(); i++) {
			String token = raw.get(i);
			boolean operatorFollows = i + 1 < raw.size() && raw.get(i + 1).matches("(>=|<=|>|<|=).*");
			if (operatorFollows && !token.contains(":") && !token.equalsIgnoreCase("not")) {
				String operator = raw.get(i + 1);
				boolean valueApart = operator.matches(">=|<=|>|<|=") && i + 2 < raw.size();
				token = token + operator + (valueApart ? raw.get(i + 2) : "");
				i += valueApart ? 2 : 1;
			}
			tokens.add(token);
		}
		return tokens;
	}

	private static int colonOutsideQuotes(String token) {
		boolean quoted = false;
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ':' && !quoted) {
				return i;
			}
		}
		return -1;
	}

	private static String unquote(String text) {
		String trimmed = text.trim();
		if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
			return trimmed.substring(1, trimmed.length() - 1);
		}
		return trimmed;
	}

	private static ApiException refused(String clause, String message) {
		return ApiException.fieldError("query", "Legacy query clause \"" + clause + "\": " + message);
	}

}
