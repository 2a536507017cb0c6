package closebatch.cli;

import closebatch.guess.ColumnGuess;

/** A guessed column's place in words, for {@code mapping init}'s listing. */
final class ColumnLabels {

	private ColumnLabels() {
	}

	static String of(ColumnGuess guess) {
		String detail = guess.steps()
			.stream()
			.map((step) -> step.yaml())
			.filter((yaml) -> yaml.startsWith("{") && !yaml.startsWith("{map") && !yaml.startsWith("{split"))
			.findFirst()
			.map((yaml) -> " " + yaml)
			.orElse("");
		return switch (guess.target()) {
			case LEAD_NAME -> "lead name";
			case LEAD_URL -> "lead url";
			case LEAD_DESCRIPTION -> "lead description";
			case ADDRESS_1 -> "address line 1";
			case ADDRESS_2 -> "address line 2";
			case CITY -> "address city";
			case STATE -> "address state";
			case ZIPCODE -> "address zipcode";
			case COUNTRY -> "address country (as a two-letter code)";
			case LEAD_CUSTOM -> "lead custom field '" + guess.column() + "' (" + guess.type() + detail + ")";
			case CONTACT_NAME -> "contact name (" + guess.type() + ")";
			case CONTACT_TITLE -> "contact title";
			case CONTACT_EMAIL -> "contact email (" + guess.type() + ")";
			case CONTACT_PHONE -> "contact phone (" + guess.type() + detail + ")";
			case CONTACT_URL -> "contact url";
		};
	}

}
