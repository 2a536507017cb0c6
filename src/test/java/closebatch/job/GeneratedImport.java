package closebatch.job;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import closebatch.config.ImportJob;
import closebatch.config.JobLoader;
import closebatch.report.ResultsWriter;
import closebatch.report.SummaryJson;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.SandboxStore;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated import in a folder: a CSV (or XLSX) export with one row per contact, keyed
 * by company, each company having two to four contacts with distinct emails whose rows
 * lie far apart in the file (all first contacts in a shuffled order, then all second
 * ones, and so on); a mapping and a job file ({@code <folder>/import-generated.yaml})
 * that load it; and what Close must hold once it is loaded.
 */
final class GeneratedImport {

	static final String JOB_NAME = "import-generated";

	static final List<String> HEADER = List.of("Company", "Industry", "First Name", "Last Name", "Title", "Email");

	private static final String[] INDUSTRIES = { "Software", "Logistics", "Healthcare", "Retail", "Energy" };

	private static final String[] FIRST_NAMES = { "Avery", "Jordan", "Priya", "Mateo", "Siobhan", "Jürgen", "Zoë",
			"François", "Amara", "Kenji", "Lena", "Oliver" };

	private static final String[] LAST_NAMES = { "Okafor", "Lindgren", "Brennan", "Schäfer", "Nakamura", "Dubois",
			"Patel", "O'Connell", "Kowalski", "Chen" };

	private static final String MAPPING = """
			mode: upsert
			key: [Company]
			lead:
			  name:
			    column: Company
			    required: true
			    transforms: [trim]
			  custom:
			    Industry:
			      column: Industry
			      create-missing: true
			      type: text
			contacts:
			  - name:
			      columns: [First Name, Last Name]
			    title: Title
			    emails:
			      - column: Email
			        type: office
			        transforms: [email]
			""";

	private final Path folder;

	private final Path jobFile;

	private final Map<String, Set<String>> emailsByCompany;

	private final Map<String, String> industryByCompany;

	private final List<String> companyOfRow;

	private GeneratedImport(Path folder, Path jobFile, Map<String, Set<String>> emailsByCompany,
			Map<String, String> industryByCompany, List<String> companyOfRow) {
		this.folder = folder;
		this.jobFile = jobFile;
		this.emailsByCompany = emailsByCompany;
		this.industryByCompany = industryByCompany;
		this.companyOfRow = companyOfRow;
	}

	/** Writes a CSV of {@code rows} rows, its mapping and its job to the folder. */
	static GeneratedImport csv(Path folder, int rows, long seed) {
		return write(folder, rows, seed, false);
	}

	/** Writes an XLSX of {@code rows} rows (sheet "Leads"), its mapping and its job. */
	static GeneratedImport xlsx(Path folder, int rows, long seed) {
		return write(folder, rows, seed, true);
	}

	private static GeneratedImport write(Path folder, int rows, long seed, boolean xlsx) {
		Random random = new Random(seed);
		List<Integer> contactCounts = new ArrayList<>();
		int total = 0;
		while (total < rows) {
			int count = Math.min(2 + random.nextInt(3), rows - total);
			if (count < 2) {
				// One row left over: give it to the last company, which then has one
				// more.
				contactCounts.set(contactCounts.size() - 1, contactCounts.get(contactCounts.size() - 1) + count);
			}
			else {
				contactCounts.add(count);
			}
			total += count;
		}
		int rounds = contactCounts.stream().mapToInt(Integer::intValue).max().orElse(0);
		List<int[]> order = new ArrayList<>(rows);
		for (int round = 0; round < rounds; round++) {
			List<int[]> roundRows = new ArrayList<>();
			for (int company = 0; company < contactCounts.size(); company++) {
				if (contactCounts.get(company) > round) {
					roundRows.add(new int[] { company, round });
				}
			}
			Collections.shuffle(roundRows, random);
			order.addAll(roundRows);
		}
		Map<String, Set<String>> emails = new LinkedHashMap<>();
		Map<String, String> industries = new HashMap<>();
		List<String> companyOfRow = new ArrayList<>(rows);
		List<List<String>> cells = new ArrayList<>(rows);
		for (int[] entry : order) {
			String company = companyName(entry[0]);
			String industry = INDUSTRIES[entry[0] % INDUSTRIES.length];
			String first = FIRST_NAMES[(entry[0] + entry[1]) % FIRST_NAMES.length];
			String last = LAST_NAMES[(entry[0] * 7 + entry[1]) % LAST_NAMES.length];
			String email = "contact" + entry[1] + "@company" + entry[0] + ".example.com";
			emails.computeIfAbsent(company, (key) -> new TreeSet<>()).add(email);
			industries.put(company, industry);
			companyOfRow.add(company);
			cells.add(List.of(company, industry, first, last, "Title " + entry[1], email));
		}
		try {
			Files.createDirectories(folder);
			Path input = folder.resolve(xlsx ? "generated.xlsx" : "generated.csv");
			if (xlsx) {
				writeXlsx(input, cells);
			}
			else {
				writeCsv(input, cells);
			}
			Path mapping = folder.resolve("generated-mapping.yaml");
			Files.writeString(mapping, MAPPING);
			Path job = folder.resolve(JOB_NAME + ".yaml");
			Files.writeString(job,
					"type: import\ninput:\n  path: " + input.toAbsolutePath() + "\n" + (xlsx ? "  sheet: Leads\n" : "")
							+ "mapping: " + mapping.toAbsolutePath() + "\n"
							+ ((System.getProperty("benchmark.concurrency") != null)
									? "concurrency: " + Integer.getInteger("benchmark.concurrency") + "\n" : ""));
			return new GeneratedImport(folder, job, emails, industries, companyOfRow);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String companyName(int company) {
		return "Company %05d %s".formatted(company, (company % 2 == 0) ? "Traders" : "Labs");
	}

	private static void writeCsv(Path file, List<List<String>> cells) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(String.join(",", HEADER));
			out.write("\r\n");
			for (List<String> row : cells) {
				for (int i = 0; i < row.size(); i++) {
					if (i > 0) {
						out.write(',');
					}
					String cell = row.get(i);
					out.write(cell.contains("'") ? "\"" + cell + "\"" : cell);
				}
				out.write("\r\n");
			}
		}
	}

	private static void writeXlsx(Path file, List<List<String>> cells) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("Leads");
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADER.size(); i++) {
				header.createCell(i).setCellValue(HEADER.get(i));
			}
			for (int r = 0; r < cells.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<String> values = cells.get(r);
				for (int i = 0; i < values.size(); i++) {
					row.createCell(i).setCellValue(values.get(i));
				}
			}
			workbook.write(out);
		}
	}

	Path folder() {
		return this.folder;
	}

	Path jobFile() {
		return this.jobFile;
	}

	ImportJob job() {
		return (ImportJob) JobLoader.load(this.jobFile, List.of());
	}

	int rows() {
		return this.companyOfRow.size();
	}

	int companies() {
		return this.emailsByCompany.size();
	}

	int contacts() {
		return this.companyOfRow.size();
	}

	/**
	 * Asserts that the sandbox holds exactly the expected leads (each company once, with
	 * its industry) and contacts (each email once, on its company's lead), and nothing
	 * else.
	 * @return the id of each company's lead
	 */
	Map<String, String> assertLoadedExactlyOnce(SandboxStore store) {
		Map<String, String> leadIds = new HashMap<>();
		Map<String, List<String>> duplicates = new LinkedHashMap<>();
		for (JsonNode lead : store.oldestFirst(Kind.LEAD)) {
			String name = lead.path("name").asString();
			String previous = leadIds.putIfAbsent(name, lead.path("id").asString());
			if (previous != null) {
				duplicates.computeIfAbsent(name, (key) -> new ArrayList<>(List.of(previous)))
					.add(lead.path("id").asString());
			}
		}
		assertThat(duplicates).as("companies with more than one lead").isEmpty();
		assertThat(leadIds.keySet()).as("lead names")
			.containsExactlyInAnyOrderElementsOf(this.emailsByCompany.keySet());
		Map<String, Integer> emailCounts = new HashMap<>();
		int contacts = 0;
		for (Map.Entry<String, Set<String>> company : this.emailsByCompany.entrySet()) {
			String leadId = leadIds.get(company.getKey());
			List<String> emails = new ArrayList<>();
			for (JsonNode contact : store.children(Kind.CONTACT, leadId)) {
				contacts++;
				for (JsonNode email : contact.path("emails")) {
					emails.add(email.path("email").asString());
					emailCounts.merge(email.path("email").asString(), 1, Integer::sum);
				}
			}
			assertThat(emails).as("emails of %s", company.getKey())
				.containsExactlyInAnyOrderElementsOf(company.getValue());
		}
		assertThat(contacts).as("contacts on the expected leads").isEqualTo(contacts());
		assertThat(store.count(Kind.CONTACT)).as("contacts in the sandbox").isEqualTo(contacts());
		assertThat(emailCounts.values()).as("times each email was loaded").containsOnly(1);
		return leadIds;
	}

	/**
	 * Asserts that the run folder's summary accounts for every row exactly once, that
	 * results.csv lists every row once, on its company's lead, and returns the summary.
	 */
	JsonNode assertResultsAccountFor(Path runFolder, Map<String, String> leadIds) {
		JsonNode summary = JsonMapper.builder().build().readTree(runFolder.resolve(SummaryJson.FILE_NAME).toFile());
		assertThat(summary.path("status").asString()).as("status").isEqualTo("completed");
		assertThat(summary.path("rows_read").asLong()).as("rows_read").isEqualTo(rows());
		assertThat(summary.path("accounting_gap").isNull()).as("accounting gap: %s", summary.path("accounting_gap"))
			.isTrue();
		long outcomes = summary.path("rows_created").asLong() + summary.path("rows_updated").asLong()
				+ summary.path("rows_unchanged").asLong() + summary.path("rows_rejected").asLong()
				+ summary.path("rows_skipped").asLong();
		assertThat(outcomes).as("rows with an outcome").isEqualTo(rows());
		assertThat(summary.path("rows_rejected").asLong()).as("rows_rejected").isZero();
		assertThat(summary.path("rows_skipped").asLong()).as("rows_skipped").isZero();
		Map<Long, String> leadOfRow = new HashMap<>();
		List<Long> rowsListed = new ArrayList<>();
		for (String line : readLines(runFolder.resolve(ResultsWriter.FILE_NAME))) {
			String[] cells = line.split(",", -1);
			long row = Long.parseLong(cells[0]);
			rowsListed.add(row);
			leadOfRow.put(row, cells[2]);
			assertThat(cells[1]).as("action of row %d", row).isIn("created", "updated", "unchanged");
		}
		assertThat(rowsListed).as("rows listed in results.csv").hasSize(rows()).doesNotHaveDuplicates();
		for (int i = 0; i < rows(); i++) {
			long row = i + 2;
			assertThat(leadOfRow.get(row)).as("lead of row %d", row).isEqualTo(leadIds.get(this.companyOfRow.get(i)));
		}
		return summary;
	}

	private static List<String> readLines(Path file) {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			return lines.subList(1, lines.size()).stream().filter((line) -> !line.isBlank()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The industry every lead must carry in its custom field. */
	String industryOf(String company) {
		return this.industryByCompany.get(company);
	}

}
