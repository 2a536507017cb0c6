package closebatch.load;

import java.util.List;

import closebatch.mapping.MatchRule;
import tools.jackson.databind.JsonNode;

/** What looking a record up in Close found: one lead, none, or several. */
public sealed interface LeadMatch {

	/** No lead matches any rule. */
	LeadMatch NONE = new None();

	/** No lead matches. */
	record None() implements LeadMatch {
	}

	/**
	 * One lead matches.
	 *
	 * @param lead the lead as Close holds it: fields, addresses, contacts and custom
	 * values
	 * @param rule the rule that found it
	 */
	record Found(JsonNode lead, MatchRule rule) implements LeadMatch {

		public String id() {
			return this.lead.path("id").asString();
		}

	}

	/**
	 * Several leads match the first rule that found any: never guessed.
	 *
	 * @param ids their ids
	 * @param rule the rule that found them
	 */
	record Ambiguous(List<String> ids, MatchRule rule) implements LeadMatch {

		public Ambiguous {
			ids = List.copyOf(ids);
		}

	}

}
