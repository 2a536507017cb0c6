package closebatch.job;

import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import closebatch.close.ApiKey;
import closebatch.close.CloseClient;
import closebatch.close.CloseTarget;
import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxExtension;
import closebatch.sandbox.store.Kind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team of reps in a sandbox, each a user with an API key of their own (added through
 * {@code POST /_sandbox/users/}, once: users outlive the sandbox's reset), the sandbox's
 * phone rental rules set through {@code PUT /_sandbox/settings/}, and what the sandbox
 * holds and the runs wrote, for the phone-number tests.
 */
final class PhoneTeam {

	private final SandboxExtension sandbox;

	private final Map<String, String> keys = new LinkedHashMap<>();

	private PhoneTeam(SandboxExtension sandbox) {
		this.sandbox = sandbox;
	}

	/**
	 * Adds each rep (by email) the sandbox does not know yet, with a key of their own.
	 */
	static PhoneTeam of(SandboxExtension sandbox, String... emails) {
		PhoneTeam team = new PhoneTeam(sandbox);
		for (String email : emails) {
			JsonNode added = team.control()
				.post("users/", Map.of("first_name", email.substring(0, email.indexOf('@')), "email", email))
				.ok();
			team.keys.put(email, added.path("api_key").asString());
		}
		return team;
	}

	/** A client with the admin's key and the given reps' keys. */
	CloseClient client(String... reps) {
		List<ApiKey> keys = new ArrayList<>(List.of(ApiKey.of(SandboxExtension.API_KEY)));
		for (String rep : reps) {
			keys.add(ApiKey.of(this.keys.get(rep)));
		}
		return CloseClient.builder(CloseTarget.of(this.sandbox.baseUrl().toString()), keys).build();
	}

	/** The sandbox's API as the rep, with the rep's key. */
	SandboxClient as(String rep) {
		return SandboxClient.withKey(this.sandbox.baseUrl(), this.keys.get(rep));
	}

	/** A key file with the admin's key and every rep's, one per line. */
	Path keyFile(Path dir) throws Exception {
		List<String> lines = new ArrayList<>(List.of(SandboxExtension.API_KEY));
		lines.addAll(this.keys.values());
		return Files.write(dir.resolve("keys.txt"), lines);
	}

	/** Patches the sandbox's rental rules through its control. */
	void rentalRules(Map<String, Object> rules) {
		assertThat(control().put("settings/", Map.of("phone_rental", rules)).status()).isEqualTo(200);
	}

	/** The numbers the sandbox holds, as {@code owner email|label}, counted. */
	Map<String, Integer> numbers() {
		Map<String, String> emails = new TreeMap<>();
		this.sandbox.sandbox()
			.store()
			.oldestFirst(Kind.USER)
			.forEach((user) -> emails.put(user.path("id").asString(), user.path("email").asString()));
		Map<String, Integer> numbers = new TreeMap<>();
		this.sandbox.sandbox()
			.store()
			.oldestFirst(Kind.PHONE_NUMBER)
			.forEach((number) -> numbers.merge(
					emails.get(number.path("user_id").asString()) + "|" + number.path("label").asString(), 1,
					Integer::sum));
		return numbers;
	}

	/** The number a rep holds under a label, or {@code null}. */
	JsonNode number(String rep, String label) {
		for (JsonNode number : this.sandbox.sandbox().store().oldestFirst(Kind.PHONE_NUMBER)) {
			if (number.path("label").asString().equals(label)
					&& rep.equals(userEmail(number.path("user_id").asString()))) {
				return number;
			}
		}
		return null;
	}

	private String userEmail(String id) {
		JsonNode user = this.sandbox.sandbox().store().get(Kind.USER, id);
		return (user == null) ? null : user.path("email").asString();
	}

	/** How many rents the sandbox was asked for since its request log was cleared. */
	long rentRequests() {
		JsonNode routes = this.sandbox.sandbox().requests().toJson().path("by_route");
		return routes.properties()
			.stream()
			.filter((route) -> route.getKey().startsWith("POST ")
					&& route.getKey().endsWith("/phone_number/request/internal/"))
			.mapToLong((route) -> route.getValue().asLong())
			.sum();
	}

	private SandboxClient control() {
		return SandboxClient.withAuthorization(this.sandbox.sandbox().controlUrl(), null);
	}

	/** The rows of a {@code results.csv}, by their row number. */
	static Map<Integer, CSVRecord> results(Path file) throws Exception {
		// results.csv starts with a byte order mark, for spreadsheets.
		try (Reader reader = new StringReader(Files.readString(file).replace("\uFEFF", ""))) {
			Map<Integer, CSVRecord> rows = new TreeMap<>();
			CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)
				.forEach((row) -> rows.put(Integer.parseInt(row.get("_row")), row));
			return rows;
		}
	}

}
