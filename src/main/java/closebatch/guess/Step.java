package closebatch.guess;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A transform a guessed field applies, written as the mapping file spells it. */
public sealed interface Step {

	/** The step as an item of a YAML flow list, such as {@code {number: en-US}}. */
	String yaml();

	/** {@code trim}: strips and collapses spaces. */
	record Trim() implements Step {
		@Override
		public String yaml() {
			return "trim";
		}
	}

	/** {@code upper}. */
	record Upper() implements Step {
		@Override
		public String yaml() {
			return "upper";
		}
	}

	/** {@code email}. */
	record Email() implements Step {
		@Override
		public String yaml() {
			return "email";
		}
	}

	/** {@code url}. */
	record Url() implements Step {
		@Override
		public String yaml() {
			return "url";
		}
	}

	/** {@code split}: several values in one cell. */
	record Split(String separator) implements Step {
		@Override
		public String yaml() {
			return "{split: " + Yaml.scalar(this.separator) + "}";
		}
	}

	/** {@code phone}: numbers without {@code +country} are read as the region's. */
	record Phone(String region) implements Step {
		@Override
		public String yaml() {
			return "{phone: " + this.region + "}";
		}
	}

	/** {@code date}: the formats the values are written in, tried in order. */
	record Date(List<String> patterns) implements Step {

		public Date {
			patterns = List.copyOf(patterns);
		}

		@Override
		public String yaml() {
			return "{date: [" + this.patterns.stream().map(Yaml::scalar).collect(Collectors.joining(", ")) + "]}";
		}
	}

	/** {@code number}: numbers as a locale writes them. */
	record Number(String locale) implements Step {
		@Override
		public String yaml() {
			return "{number: " + this.locale + "}";
		}
	}

	/** {@code map} with {@code unmapped: keep}: replaces the values listed. */
	record MapValues(Map<String, String> replacements) implements Step {

		public MapValues {
			replacements = Map.copyOf(replacements);
		}

		@Override
		public String yaml() {
			String map = this.replacements.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByKey())
				.map((entry) -> Yaml.scalar(entry.getKey()) + ": " + Yaml.scalar(entry.getValue()))
				.collect(Collectors.joining(", "));
			return "{map: {" + map + "}, unmapped: keep}";
		}
	}

}
