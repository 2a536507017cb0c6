package closebatch.job;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A generated CRM export shaped like {@code samples/leads.csv} (same 19 columns, read by
 * {@code mappings/leads.yaml}): one to four contacts per company on consecutive rows,
 * sharing the company's office number; phones in the national formats people type
 * ({@code (303) 555-0156}, {@code 303.555.0137}, {@code 1-212-555-0193}, UK and German
 * numbers) and some in E.164; emails that are sometimes two in one cell; employee counts
 * grouped by thousands; a few rows with a bad phone, email or date, which validation
 * rejects. The same seed gives the same file.
 */
final class GeneratedLeads {

	static final String JOB_NAME = "validate-generated";

	static final List<String> HEADER = List.of("Company", "Website", "Description", "Status", "Industry", "Employees",
			"Contact First Name", "Contact Last Name", "Title", "Email", "Work Phone", "Mobile", "LinkedIn", "Street",
			"City", "State", "Zip", "Country", "Customer Since");

	private static final String[] WORDS = { "Brightmoor", "Silverline", "Wexford", "Ashcombe", "Fernhollow", "Halden",
			"Saltmarsh", "Pembroke", "Driftwood", "Kestrel", "Larkspur", "Northgate" };

	private static final String[] TRADES = { "Consulting", "Media", "Foods", "Energy", "Analytics", "Health",
			"Freight" };

	private static final String[] SUFFIXES = { "Inc.", "LLC", "plc", "Corp.", "Ltd.", "AG", "GmbH" };

	private static final String[] FIRST = { "Jürgen", "Henrik", "Ingrid", "Fatima", "Oliver", "Liam", "Isla", "Chloé",
			"Nora", "Samuel", "Aisha", "Kenji" };

	private static final String[] LAST = { "Thompson", "Delacroix", "Gallagher", "MacLeod", "Fischer", "Andersen",
			"Abernathy", "Dubois", "Okafor", "Whitfield", "O'Connell" };

	private static final String[] STATUSES = { "Prospect", "Qualified", "Customer", "Lost", "", "QUALIFIED" };

	private static final String[] INDUSTRIES = { "Healthcare", "food & beverage", "biotech", "Media", "software",
			"  Consulting ", "retail" };

	private static final String[][] PLACES = { { "Denver", "CO", "80202", "United States", "303" },
			{ "New York", "NY", "10013", "USA", "212" }, { "Boston", "MA", "02110", "US", "617" },
			{ "Calgary", "AB", "T2P 1J9", "Canada", "403" }, { "Toronto", "ON", "M5V 2T6", "CA", "416" },
			{ "Bristol", "", "BS1 4ND", "United Kingdom", "+44" }, { "Hamburg", "HH", "20095", "Germany", "+49" } };

	private GeneratedLeads() {
	}

	/** Writes {@code rows} rows as CSV, the mapping and a job to the folder. */
	static Path csv(Path folder, int rows, long seed) {
		Path file = folder.resolve("leads.csv");
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(String.join(",", HEADER));
			out.write("\r\n");
			generate(rows, seed, (cells) -> {
				for (int i = 0; i < cells.size(); i++) {
					String cell = cells.get(i);
					boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0;
					out.write((i > 0) ? "," : "");
					out.write(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
				}
				out.write("\r\n");
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return job(folder, file, "");
	}

	/**
	 * Writes {@code rows} rows as an XLSX workbook whose strings are in a shared-strings
	 * table, as Excel saves them, the mapping and a job to the folder.
	 */
	static Path xlsx(Path folder, int rows, long seed) {
		Path file = folder.resolve("leads.xlsx");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, false, true);
				OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("Leads");
			int[] next = { 0 };
			Cells writer = (cells) -> {
				Row row = sheet.createRow(next[0]++);
				for (int i = 0; i < cells.size(); i++) {
					if (!cells.get(i).isEmpty()) {
						row.createCell(i).setCellValue(cells.get(i));
					}
				}
			};
			writer.write(HEADER);
			generate(rows, seed, writer);
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return job(folder, file, "  sheet: Leads\n");
	}

	private static Path job(Path folder, Path input, String sheet) {
		try {
			Path mapping = folder.resolve("leads-mapping.yaml");
			Files.copy(Path.of("mappings", "leads.yaml"), mapping);
			Path job = folder.resolve(JOB_NAME + ".yaml");
			Files.writeString(job, "type: import\ninput:\n  path: " + input.toAbsolutePath() + "\n" + sheet
					+ "mapping: " + mapping.toAbsolutePath() + "\nmax-rejects: 1000000\nmax-reject-rate: 100%\n");
			return job;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void generate(int rows, long seed, Cells out) throws IOException {
		Random random = new Random(seed);
		int company = 0;
		int written = 0;
		while (written < rows) {
			String name = WORDS[random.nextInt(WORDS.length)] + " " + TRADES[random.nextInt(TRADES.length)] + " "
					+ company + " " + SUFFIXES[random.nextInt(SUFFIXES.length)];
			String domain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "")
					+ ".example";
			String[] place = PLACES[random.nextInt(PLACES.length)];
			String office = phone(random, place[4]);
			String status = STATUSES[random.nextInt(STATUSES.length)];
			String industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
			String employees = String.format("%,d", 1 + random.nextInt(random.nextBoolean() ? 400 : 40_000));
			String since = random.nextBoolean() ? "" : String.format("%02d/%02d/20%02d", 1 + random.nextInt(12),
					1 + random.nextInt(28), 5 + random.nextInt(20));
			int contacts = 1 + random.nextInt(4);
			for (int c = 0; c < contacts && written < rows; c++, written++) {
				String first = FIRST[random.nextInt(FIRST.length)];
				String last = LAST[random.nextInt(LAST.length)];
				String user = Normalizer.normalize(first + "." + last, Normalizer.Form.NFD)
					.replaceAll("[^A-Za-z.]", "")
					.toLowerCase(Locale.ROOT);
				String email = user + c + "@" + domain
						+ ((random.nextInt(5) == 0) ? "; " + first.toLowerCase() + c + "@" + domain : "");
				String mobile = random.nextBoolean() ? phone(random, place[4]) : "";
				List<String> cells = new ArrayList<>(List.of(name, random.nextBoolean() ? domain : "",
						(random.nextInt(10) == 0) ? "Asked for a quote, \"net 60\"" : "", status, industry, employees,
						first, last, "Account Executive", email, office, mobile,
						random.nextBoolean() ? "linkedin.com/in/" + user.replace('.', '-') + "-" + c : "",
						(100 + random.nextInt(900)) + " Market St", place[0], place[1], place[2], place[3], since));
				if (random.nextInt(50) == 0) {
					cells.set(10 + random.nextInt(2), "555-01");
				}
				else if (random.nextInt(100) == 0) {
					cells.set(9, user + "@");
				}
				out.write(cells);
			}
			company++;
		}
	}

	/** A phone number of the area, in one of the formats people type. */
	private static String phone(Random random, String area) {
		String subscriber = String.format("%04d", random.nextInt(10_000));
		if (area.equals("+44")) {
			return random.nextBoolean() ? "+44 7911 12" + subscriber : "+441174960" + subscriber.substring(1);
		}
		if (area.equals("+49")) {
			return "+49-40-244" + subscriber;
		}
		String exchange = Integer.toString(200 + random.nextInt(800));
		exchange = exchange.equals("555") ? "556" : exchange;
		return switch (random.nextInt(7)) {
			case 0 -> "(" + area + ") " + exchange + "-" + subscriber;
			case 1 -> area + "-" + exchange + "-" + subscriber;
			case 2 -> area + "." + exchange + "." + subscriber;
			case 3 -> "1-" + area + "-" + exchange + "-" + subscriber;
			case 4 -> "+1 " + area + " " + exchange + " " + subscriber;
			case 5 -> area + exchange + subscriber;
			default -> "+1" + area + exchange + subscriber;
		};
	}

	@FunctionalInterface
	private interface Cells {

		void write(List<String> cells) throws IOException;

	}

}
