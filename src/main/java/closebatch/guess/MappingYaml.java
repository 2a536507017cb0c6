package closebatch.guess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a guessed mapping as a mapping file, each entry with the evidence for it in a
 * comment above, in the order and the words of {@code mappings/leads.yaml}.
 */
public final class MappingYaml {

	private static final int WIDTH = 100;

	private final StringBuilder yaml = new StringBuilder();

	private MappingYaml() {
	}

	/**
	 * The mapping file's text.
	 * @param mapping the guess
	 * @param schema the path of {@code mapping.schema.json} relative to the file's folder
	 * @param job the job that will use it, for the comment on how to check it
	 * @return the YAML
	 */
	public static String render(GuessedMapping mapping, String schema, String job) {
		return new MappingYaml().write(mapping, schema, job);
	}

	private String write(GuessedMapping mapping, String schema, String job) {
		FileSample sample = mapping.sample();
		line(0, "# yaml-language-server: $schema=" + schema);
		comment(0, "Guessed by 'closebatch mapping init' from " + sample.file().label() + ", from its header and "
				+ (sample.wholeFile() ? "all " + sample.rows().size() + " rows"
						: "first " + sample.rows().size() + " rows")
				+ ". Above each entry is why its column was put there: check them, then run 'closebatch validate " + job
				+ "', which reads the whole file through this mapping and writes nothing to Close.");
		line(0, "");
		comment(0, "create - only create new leads; upsert - create new ones and update known ones; "
				+ "update - only update leads that exist (needs a key).");
		line(0, "mode: " + (mapping.key().isEmpty() ? "create" : "upsert"));
		line(0, "");
		comment(0, mapping.keyReason() + ". The key is written into Close with the lead, so that later runs "
				+ "find the lead again instead of creating it twice.");
		if (mapping.key().isEmpty()) {
			line(0, "# identity:");
			line(0, "#   key: [<column>]");
		}
		else {
			line(0, "identity:");
			line(2, "key: " + flow(mapping.key()));
		}
		line(0, "");
		lead(mapping);
		if (mapping.hasContact()) {
			line(0, "");
			contact(mapping);
		}
		return this.yaml.toString();
	}

	private void lead(GuessedMapping mapping) {
		List<ColumnGuess> custom = mapping.to(Target.LEAD_CUSTOM);
		boolean empty = mapping.to(Target.LEAD_NAME).isEmpty() && mapping.to(Target.LEAD_URL).isEmpty()
				&& mapping.to(Target.LEAD_DESCRIPTION).isEmpty() && !mapping.hasAddress() && custom.isEmpty();
		line(0, empty ? "lead: {}" : "lead:");
		field(2, "name", mapping.to(Target.LEAD_NAME));
		field(2, "url", mapping.to(Target.LEAD_URL));
		field(2, "description", mapping.to(Target.LEAD_DESCRIPTION));
		if (mapping.hasAddress()) {
			line(2, "addresses:");
			line(4, "- label: business       # business, mailing, office or other");
			field(6, "address_1", mapping.to(Target.ADDRESS_1));
			field(6, "address_2", mapping.to(Target.ADDRESS_2));
			field(6, "city", mapping.to(Target.CITY));
			field(6, "state", mapping.to(Target.STATE));
			field(6, "zipcode", mapping.to(Target.ZIPCODE));
			field(6, "country", mapping.to(Target.COUNTRY));
		}
		if (!custom.isEmpty()) {
			comment(2, "Custom fields by their name in Close; 'create-missing' creates one the organization "
					+ "does not have, with its 'type'.");
			line(2, "custom:");
			for (ColumnGuess guess : custom) {
				comment(4, guess.column() + ": " + guess.reason() + ".");
				line(4, Yaml.scalar(guess.column()) + ":");
				line(6, "column: " + Yaml.scalar(guess.column()));
				line(6, "type: " + guess.type());
				line(6, "create-missing: true");
				if (!guess.choices().isEmpty()) {
					line(6, "choices: " + flow(guess.choices()));
				}
				transforms(6, guess.steps());
			}
		}
	}

	private void contact(GuessedMapping mapping) {
		comment(0, "One contact per row; add entries for files with several contacts on a row.");
		line(0, "contacts:");
		List<String> entries = new ArrayList<>();
		List<ColumnGuess> names = mapping.to(Target.CONTACT_NAME)
			.stream()
			.sorted(Comparator.comparing((ColumnGuess guess) -> !"first".equals(guess.type())))
			.toList();
		if (!names.isEmpty()) {
			names.forEach((guess) -> comment(2, guess.column() + ": " + guess.reason() + "."));
			entries.add("name");
			line(2, "- name:");
			if (names.size() == 1) {
				line(6, "column: " + Yaml.scalar(names.get(0).column()));
			}
			else {
				line(6, "columns: " + flow(names.stream().map(ColumnGuess::column).toList())
						+ "   # joined with a space");
			}
			line(6, "transforms: [trim]");
		}
		List<ColumnGuess> title = mapping.to(Target.CONTACT_TITLE);
		if (!title.isEmpty()) {
			comment(4, title.get(0).column() + ": " + title.get(0).reason() + ".");
			line(2, (entries.isEmpty() ? "- " : "  ") + "title:");
			entries.add("title");
			entry(6, title.get(0));
		}
		entries = typed(mapping, Target.CONTACT_EMAIL, "emails", entries);
		entries = typed(mapping, Target.CONTACT_PHONE, "phones", entries);
		typed(mapping, Target.CONTACT_URL, "urls", entries);
	}

	private List<String> typed(GuessedMapping mapping, Target target, String key, List<String> entries) {
		List<ColumnGuess> guesses = mapping.to(target);
		if (guesses.isEmpty()) {
			return entries;
		}
		line(2, (entries.isEmpty() ? "- " : "  ") + key + ":");
		for (ColumnGuess guess : guesses) {
			comment(6, guess.column() + ": " + guess.reason() + ".");
			line(6, "- column: " + Yaml.scalar(guess.column()));
			line(8, "type: " + guess.type());
			transforms(8, guess.steps());
		}
		List<String> more = new ArrayList<>(entries);
		more.add(key);
		return more;
	}

	/** A lead or address field filled from one column, with its reason above. */
	private void field(int indent, String key, List<ColumnGuess> guesses) {
		if (guesses.isEmpty()) {
			return;
		}
		ColumnGuess guess = guesses.get(0);
		comment(indent, guess.column() + ": " + guess.reason() + ".");
		line(indent, key + ":");
		entry(indent + 2, guess);
	}

	private void entry(int indent, ColumnGuess guess) {
		line(indent, "column: " + Yaml.scalar(guess.column()));
		transforms(indent, guess.steps());
	}

	/**
	 * The steps as a flow list, or one a line when that is too long, a map in block
	 * style.
	 */
	private void transforms(int indent, List<Step> steps) {
		String flow = "transforms: [" + steps.stream().map(Step::yaml).collect(Collectors.joining(", ")) + "]";
		if (steps.isEmpty()) {
			return;
		}
		if (indent + flow.length() <= WIDTH) {
			line(indent, flow);
			return;
		}
		line(indent, "transforms:");
		for (Step step : steps) {
			if (step instanceof Step.MapValues map) {
				line(indent + 2, "- map:");
				map.replacements()
					.entrySet()
					.stream()
					.sorted(Map.Entry.comparingByKey())
					.forEach((entry) -> line(indent + 6,
							Yaml.scalar(entry.getKey()) + ": " + Yaml.scalar(entry.getValue())));
				line(indent + 4, "unmapped: keep");
			}
			else {
				line(indent + 2, "- " + step.yaml());
			}
		}
	}

	private static String flow(List<String> values) {
		return "[" + values.stream().map(Yaml::scalar).collect(Collectors.joining(", ")) + "]";
	}

	/** A comment, wrapped at {@value #WIDTH} characters. */
	private void comment(int indent, String text) {
		StringBuilder current = new StringBuilder();
		for (String word : text.split(" ")) {
			if (current.length() > 0 && indent + 2 + current.length() + 1 + word.length() > WIDTH) {
				line(indent, "# " + current);
				current.setLength(0);
			}
			current.append((current.length() > 0) ? " " : "").append(word);
		}
		if (current.length() > 0) {
			line(indent, "# " + current);
		}
	}

	private void line(int indent, String text) {
		this.yaml.append(" ".repeat(text.isEmpty() ? 0 : indent)).append(text).append('\n');
	}

}
