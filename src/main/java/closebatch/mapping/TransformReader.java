package closebatch.mapping;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import closebatch.config.Suggestions;
import closebatch.config.YamlMap;
import closebatch.config.YamlNode;
import closebatch.config.YamlScalar;

/**
 * Reads the {@code transforms:} steps of a field: a bare name ({@code trim},
 * {@code email}) or a one-entry mapping with the step's argument
 * ({@code date: MM/dd/yyyy}, {@code phone: US}), some with options beside it
 * ({@code unmapped: keep}, {@code zone: Europe/Paris}).
 */
final class TransformReader {

	static final Set<String> BARE = Set.of("trim", "upper", "lower", "title", "email", "url", "phone");

	static final Set<String> WITH_ARGUMENT = Set.of("case", "default", "constant", "map", "split", "date", "datetime",
			"number", "money", "phone");

	private TransformReader() {
	}

	static List<Transform> read(YamlNode steps) {
		List<Transform> transforms = new ArrayList<>();
		for (YamlNode step : steps.asList("'transforms'").items()) {
			transforms.add(step(step));
		}
		return transforms;
	}

	private static Transform step(YamlNode step) {
		if (step instanceof YamlScalar scalar && scalar.text() != null) {
			return bare(scalar);
		}
		YamlMap map = step.asMap("a transform");
		String name = map.keys()
			.stream()
			.filter(WITH_ARGUMENT::contains)
			.findFirst()
			.orElse(map.keys().stream().findFirst().orElse(""));
		YamlMap.Entry entry = map.entry(name)
			.orElseThrow(() -> new MappingError(step.location(), "an empty transform", hintAll()));
		if (!WITH_ARGUMENT.contains(name)) {
			throw new MappingError(entry.keyLocation(), "unknown transform '" + name + "'", hint(name));
		}
		map.rejectUnknownKeys("the '" + name + "' transform", options(name));
		YamlNode argument = entry.value();
		try {
			return switch (name) {
				case "case" -> Transform.eachValue(textCase(argument));
				case "default" -> when(map, defaultValue(argument.asText("the default")));
				case "constant" -> when(map, constant(argument.asText("the constant")));
				case "map" -> Transform.eachValue(new ValueMapConverter(replacements(argument),
						map.text("unmapped").map((text) -> unmapped(map, text)).orElse(false)));
				case "split" -> split(argument.asText("the separator"));
				case "date" -> Transform.eachValue(new DateConverter(patterns(argument)));
				case "datetime" -> Transform.eachValue(new DateTimeConverter(patterns(argument), zone(map)));
				case "number" -> Transform.eachValue(new NumberConverter(locale(argument)));
				case "money" -> Transform.eachValue(new MoneyConverter(locale(argument)));
				default -> Transform.eachValue(new PhoneConverter(region(argument)));
			};
		}
		catch (IllegalArgumentException ex) {
			throw new MappingError(argument.location(), "bad '" + name + "' pattern: " + ex.getMessage(),
					"patterns use java.time letters, for example MM/dd/yyyy or yyyy-MM-dd HH:mm");
		}
	}

	private static Transform bare(YamlScalar scalar) {
		return switch (scalar.text()) {
			case "trim" -> Transform.eachValue(WhiteSpace::collapse);
			case "upper" -> Transform.eachValue(TextCase.UPPER);
			case "lower" -> Transform.eachValue(TextCase.LOWER);
			case "title" -> Transform.eachValue(TextCase.TITLE);
			case "email" -> Transform.eachValue(new EmailConverter());
			case "url" -> Transform.eachValue(new UrlConverter());
			// Undoes an export's formula escaping: one leading ' off.
			case "unescape-formulas" ->
				Transform.eachValue((value) -> value.startsWith("'") ? value.substring(1) : value);
			case "phone" -> Transform.eachValue(new PhoneConverter("ZZ"));
			default -> throw new MappingError(scalar.location(),
					WITH_ARGUMENT.contains(scalar.text()) ? "the '" + scalar.text() + "' transform needs an argument"
							: "unknown transform '" + scalar.text() + "'",
					WITH_ARGUMENT.contains(scalar.text()) ? "write it as '" + scalar.text() + ": ...'"
							: hint(scalar.text()));
		};
	}

	private static Set<String> options(String name) {
		return switch (name) {
			case "map" -> Set.of("map", "unmapped");
			case "datetime" -> Set.of("datetime", "zone");
			case "default", "constant" -> Set.of(name, "on");
			default -> Set.of(name);
		};
	}

	/**
	 * The step as its {@code on:} says: {@code create} (the default) applies it only when
	 * a record is created, {@code always} on updates too.
	 */
	static Transform when(YamlMap map, Transform step) {
		String on = map.text("on").orElse("create");
		return switch (on) {
			case "create" -> step.onCreateOnly();
			case "always" -> step;
			default -> throw new MappingError(map.get("on").orElseThrow().location(), "unknown 'on: " + on + "'",
					"use 'on: create' (the default: only a new record gets the value) or 'on: always'");
		};
	}

	private static Transform defaultValue(String value) {
		return (values) -> values.isEmpty() ? List.of(value) : values;
	}

	static Transform constant(String value) {
		return (values) -> List.of(value);
	}

	private static Transform split(String separator) {
		if (separator.isEmpty()) {
			throw new IllegalArgumentException("the separator is empty");
		}
		Pattern quoted = Pattern.compile(separator, Pattern.LITERAL);
		return new Transform() {
			@Override
			public List<String> apply(List<String> values) {
				List<String> parts = new ArrayList<>();
				for (String value : values) {
					for (String part : quoted.split(value)) {
						if (!part.isBlank()) {
							parts.add(part.strip());
						}
					}
				}
				return parts;
			}

			@Override
			public boolean splits() {
				return true;
			}
		};
	}

	private static TextCase textCase(YamlNode argument) {
		String text = argument.asText("the case");
		try {
			return TextCase.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new MappingError(argument.location(), "unknown case '" + text + "'", "use upper, lower or title");
		}
	}

	private static Map<String, String> replacements(YamlNode argument) {
		Map<String, String> replacements = new LinkedHashMap<>();
		for (YamlMap.Entry entry : argument.asMap("the value map").entries()) {
			replacements.put(entry.key(), entry.value().asText("the value for '" + entry.key() + "'"));
		}
		return replacements;
	}

	private static boolean unmapped(YamlMap map, String text) {
		return switch (text) {
			case "keep" -> true;
			case "reject" -> false;
			default -> throw new MappingError(map.get("unmapped").orElseThrow().location(),
					"unknown 'unmapped' choice '" + text + "'", "use keep or reject");
		};
	}

	private static List<String> patterns(YamlNode argument) {
		return argument.asList("the formats").items().stream().map((item) -> item.asText("a format")).toList();
	}

	private static ZoneId zone(YamlMap map) {
		YamlNode node = map.get("zone")
			.orElseThrow(() -> new MappingError(map.location(), "the 'datetime' transform needs a 'zone'",
					"add 'zone: UTC' or a region such as 'zone: Europe/Paris' beside 'datetime:'"));
		try {
			return ZoneId.of(node.asText("the zone").strip());
		}
		catch (DateTimeException ex) {
			throw new MappingError(node.location(), "unknown time zone '" + node.asText("the zone") + "'",
					"use UTC, an offset such as +02:00, or a region such as Europe/Paris");
		}
	}

	private static Locale locale(YamlNode argument) {
		String tag = argument.asText("the locale").strip();
		Locale locale = Locale.forLanguageTag(tag);
		if (locale.getLanguage().isEmpty() || !Set.of(java.text.NumberFormat.getAvailableLocales()).contains(locale)) {
			throw new MappingError(argument.location(), "unknown locale '" + tag + "'",
					"use a language tag such as en-US, de-DE or fr-FR");
		}
		return locale;
	}

	private static String region(YamlNode argument) {
		String region = argument.asText("the country").strip().toUpperCase(Locale.ROOT);
		if (!PhoneConverter.isKnownRegion(region)) {
			throw new MappingError(argument.location(), "unknown country '" + region + "' for phone numbers",
					"use a two-letter ISO country code such as US, GB or DE");
		}
		return region;
	}

	private static String hint(String name) {
		List<String> all = new ArrayList<>(BARE);
		all.addAll(WITH_ARGUMENT);
		return Suggestions.hint(name, all);
	}

	private static String hintAll() {
		return hint("");
	}

}
