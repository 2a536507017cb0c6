package closebatch.guess;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a column's name says it holds, as the CRM exports people load name their columns
 * ({@code Company}, {@code Contact First Name}, {@code E-mail}, {@code Zip/Postal Code}).
 * Only a hint: the values must agree before a column is mapped to a typed Close field.
 */
enum ColumnName {

	FIRST_NAME, LAST_NAME, EMAIL, PHONE, PROFILE_URL, WEBSITE, ID, ZIP, COUNTRY, CITY, STATE, STREET_2, STREET, COMPANY,
	FULL_NAME, TITLE, DESCRIPTION, STATUS, OTHER;

	private static final Set<String> COMPANY_NAMES = Set.of("company", "company name", "organization", "organisation",
			"organization name", "organisation name", "account", "account name", "business", "business name", "lead",
			"lead name", "firm", "employer", "client", "client name", "customer", "customer name");

	private static final Set<String> FULL_NAMES = Set.of("name", "full name", "contact", "contact name",
			"contact full name", "person", "display name", "primary contact");

	private static final Set<String> TITLES = Set.of("title", "job title", "position", "role", "job role",
			"designation", "contact title");

	private static final Set<String> DESCRIPTIONS = Set.of("description", "notes", "note", "comments", "comment",
			"about", "summary", "remarks");

	private static final Set<String> STATUSES = Set.of("status", "lead status", "stage", "lifecycle stage");

	/**
	 * What a column's name says.
	 * @param column the name as in the header
	 * @return the meaning, {@link #OTHER} when the name says nothing known
	 */
	static ColumnName of(String column) {
		String name = normalise(column);
		List<String> words = List.of(name.split(" "));
		if (has(name, "first name", "firstname", "given name", "forename", "fname") || name.equals("first")) {
			return FIRST_NAME;
		}
		if (has(name, "last name", "lastname", "surname", "family name", "lname") || name.equals("last")) {
			return LAST_NAME;
		}
		if (words.contains("email") || words.contains("emails") || has(name, "e mail") || name.equals("mail")) {
			return EMAIL;
		}
		if (words.stream()
			.anyMatch(Set.of("phone", "phones", "telephone", "tel", "mobile", "cell", "cellphone", "fax")::contains)) {
			return PHONE;
		}
		if (words.stream()
			.anyMatch(Set.of("linkedin", "twitter", "facebook", "instagram", "github", "xing", "profile")::contains)
				|| has(name, "linked in", "git hub", "you tube")) {
			return PROFILE_URL;
		}
		if (words.stream().anyMatch(Set.of("website", "url", "homepage", "domain", "web")::contains)
				|| has(name, "web site", "home page")) {
			return WEBSITE;
		}
		if (words.get(words.size() - 1).equals("id") || words.contains("identifier")) {
			return ID;
		}
		if (words.stream().anyMatch(Set.of("zip", "zipcode", "postcode", "postal")::contains)
				|| has(name, "post code")) {
			return ZIP;
		}
		return byPlace(name, words);
	}

	private static ColumnName byPlace(String name, List<String> words) {
		if (words.contains("country") || words.contains("nation")) {
			return COUNTRY;
		}
		if (words.contains("city") || words.contains("town") || words.contains("locality")) {
			return CITY;
		}
		if (words.stream().anyMatch(Set.of("state", "province", "region", "county")::contains)) {
			return STATE;
		}
		if (name.matches(".*\\b(address|street|address line) ?2\\b.*") || words.contains("address2")
				|| words.contains("suite")) {
			return STREET_2;
		}
		if (words.contains("street") || words.contains("address") || words.contains("address1")) {
			return STREET;
		}
		if (COMPANY_NAMES.contains(name) || name.startsWith("company ")) {
			return COMPANY;
		}
		if (FULL_NAMES.contains(name)) {
			return FULL_NAME;
		}
		if (TITLES.contains(name)) {
			return TITLE;
		}
		if (DESCRIPTIONS.contains(name)) {
			return DESCRIPTION;
		}
		return STATUSES.contains(name) ? STATUS : OTHER;
	}

	/**
	 * Lower case words: {@code "Contact_FirstName"} becomes {@code "contact first name"}.
	 */
	static String normalise(String column) {
		return column.replaceAll("([a-z])([A-Z])", "$1 $2")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
	}

	private static boolean has(String name, String... phrases) {
		String padded = " " + name + " ";
		for (String phrase : phrases) {
			if (padded.contains(" " + phrase + " ")) {
				return true;
			}
		}
		return false;
	}

}
