package closebatch.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The generator of {@code samples/leads.csv} and {@code samples/leads.xlsx}: a fictional
 * CRM export with one row per contact, written the same way on every run.
 *
 * <p>
 * Companies have two to four contacts whose rows are spread over the file (all first
 * contacts, then the second ones in another order, and so on). A fixed set of faulty
 * rows, one per kind of mistake, is spread between them; {@link #REJECTS} lists them in
 * file order. The XLSX holds the same rows with numbers and dates as typed cells.
 *
 * <p>
 * Regenerate the committed files with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=closebatch.samples.SampleLeads}.
 */
public final class SampleLeads {

	/** The columns {@code mappings/leads.yaml} reads, in the order of a CRM export. */
	public static final List<String> HEADER = List.of("Company", "Website", "Description", "Status", "Industry",
			"Employees", "Contact First Name", "Contact Last Name", "Title", "Email", "Work Phone", "Mobile",
			"LinkedIn", "Street", "City", "State", "Zip", "Country", "Customer Since");

	/**
	 * The faulty rows, in file order: the column each is rejected for and the mistake.
	 */
	public static final List<Reject> REJECTS = List.of(new Reject("Email", "an email written with (at)"),
			new Reject("Customer Since", "a day-first date"), new Reject("Status", "a status the map does not list"),
			new Reject("Work Phone", "a phone number without its area code"),
			new Reject("Company", "no company at all"), new Reject("Employees", "a number written in words"),
			new Reject("Website", "a web address without a dotted host"),
			new Reject("Mobile", "a British number written without +44"),
			new Reject("Customer Since", "a date that does not exist"),
			new Reject("Employees", "a number grouped the German way"),
			new Reject("Email", "a second address cut short"), new Reject("LinkedIn", "a profile address with spaces"));

	/** How many companies the file describes; each becomes one lead. */
	public static final int COMPANIES = 100;

	/** The fewest rows between two rows of one company. */
	public static final int MIN_GAP = 20;

	private static final long SEED = 20261123L;

	private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

	private static final String[] NAME_STEMS = { "Northwind", "Bluefin", "Copperleaf", "Harbor Point", "Silverline",
			"Ironbark", "Maple Ridge", "Quillon", "Redwater", "Stonebridge", "Tidewell", "Larkspur", "Oakhaven",
			"Brightmoor", "Falkenrath", "Kesselring", "Ashcombe", "Wexford", "Halden", "Juniper", "Lindqvist",
			"Meridian", "Nordlicht", "Pinecrest", "Ravenscroft", "Saltmarsh", "Thornbury", "Umberfield", "Vantor",
			"Wilderhaus", "Yellowpine", "Zephyrine", "Cobaltine", "Driftwood", "Emberly", "Fernhollow" };

	private static final String[] NAME_TRADES = { "Traders", "Logistics", "Analytics", "Foods", "Robotics", "Software",
			"Health", "Energy", "Textiles", "Consulting", "Labs", "Freight", "Media", "Biotech", "Outfitters",
			"Instruments" };

	private static final String[] INDUSTRIES = { "software", "Manufacturing", "logistics", "Healthcare",
			"financial services", "retail", "ENERGY", "biotech", "Media", "food & beverage", "  Consulting " };

	private static final String[] TITLES = { "CEO", "CFO", "Head of Procurement", "Operations Manager",
			"VP Sales, EMEA", "IT Director", "Office Manager", "Purchasing Lead", "Managing Director",
			"Geschäftsführerin", "Account Executive", "Founder", "Controller", "Head of Marketing", "" };

	private static final String[] FIRST_NAMES = { "Avery", "Jordan", "Priya", "Mateo", "Siobhan", "Jürgen", "Zoë",
			"François", "Amara", "Kenji", "Lena", "Oliver", "Hannah", "Tobias", "Isla", "Rahul", "Noah", "Chloé",
			"Björn", "Fatima", "Liam", "Grace", "Mei", "Samuel", "Leonie", "Declan", "Aisha", "Henrik", "Camille",
			"Diego", "Ingrid", "Yusuf", "Nora", "Elliot", "Sofia", "Malte" };

	private static final String[] LAST_NAMES = { "Okafor", "Lindgren", "Brennan", "Schäfer", "Nakamura", "Dubois",
			"Patel", "Whitfield", "Moreno", "Hoffmann", "O'Connell", "Kowalski", "Andersen", "Chen", "MacLeod",
			"Fischer", "Gallagher", "Rossi", "Weiß", "Thompson", "Haddad", "Novak", "Fraser", "Bauer", "Delacroix",
			"Sørensen", "Kaur", "Abernathy", "Vogel", "Ramírez" };

	private static final String[] DESCRIPTIONS = { "Regional distributor of fasteners, tools and safety gear",
			"Met at the Hanover trade fair", "Referred by an existing customer",
			"Evaluating a switch from spreadsheets", "Subsidiary; contracts signed by the parent company",
			"Asked for a quote in Q2", "Prefers \"net 60\" payment terms" };

	private static final String MULTI_LINE_DESCRIPTION = "Key account since the 2019 pilot.\n"
			+ "Renewal due in Q3; ask for the operations manager before calling.";

	private static final Place[] US_PLACES = { new Place("San Francisco", "CA", "94103", "415"),
			new Place("Chicago", "IL", "60607", "312"), new Place("Boston", "MA", "02110", "617"),
			new Place("Seattle", "WA", "98104", "206"), new Place("Austin", "TX", "78701", "512"),
			new Place("Denver", "CO", "80202", "303"), new Place("Atlanta", "GA", "30303", "404"),
			new Place("New York", "NY", "10013", "212") };

	private static final Place[] CA_PLACES = { new Place("Toronto", "ON", "M5V 2T6", "416"),
			new Place("Vancouver", "BC", "V6B 1A1", "604"), new Place("Montréal", "QC", "H2Y 1C6", "514"),
			new Place("Calgary", "AB", "T2P 1J9", "403") };

	private static final Place[] GB_PLACES = { new Place("London", "", "EC2A 4NE", "20 7946"),
			new Place("Manchester", "Greater Manchester", "M1 1AE", "161 496"),
			new Place("Leeds", "West Yorkshire", "LS1 4AP", "113 496"),
			new Place("Bristol", "", "BS1 4ND", "117 496") };

	private static final Place[] DE_PLACES = { new Place("Berlin", "BE", "10115", "30"),
			new Place("München", "BY", "80331", "89"), new Place("Hamburg", "HH", "20095", "40"),
			new Place("Köln", "NW", "50667", "221") };

	private static final String[] US_STREETS = { "Market St", "Main Street", "Harbor Blvd", "Pine Ave", "Commerce Dr",
			"Elm Street" };

	private static final String[] GB_STREETS = { "Old Street", "Deansgate", "Park Row", "Queen Square", "High Street" };

	private static final String[] DE_STREETS = { "Friedrichstraße", "Sendlinger Str.", "Jungfernstieg", "Hohe Straße",
			"Am Sandtorkai" };

	private SampleLeads() {
	}

	/**
	 * Writes both sample files into a directory, {@code samples} unless an argument names
	 * another.
	 * @param args the directory, optionally
	 */
	public static void main(String[] args) {
		Path directory = Path.of((args.length > 0) ? args[0] : "samples");
		List<List<Object>> rows = rows();
		writeCsv(directory.resolve("leads.csv"), rows);
		writeXlsx(directory.resolve("leads.xlsx"), rows);
	}

	/**
	 * The data rows, without the header, in file order. A cell is a {@link String}, a
	 * {@link Long} (a count) or a {@link DateCell}; {@code ""} is a blank cell.
	 * @return the rows
	 */
	public static List<List<Object>> rows() {
		Random random = new Random(SEED);
		List<Company> companies = companies(random);
		List<Company> order = spreadOut(companies, random);
		List<List<Object>> rows = new ArrayList<>();
		Map<Company, Integer> contactsSoFar = new HashMap<>();
		for (Company company : order) {
			rows.add(contactRow(company, contactsSoFar.merge(company, 1, Integer::sum) - 1, random));
		}
		List<List<Object>> rejects = rejectRows(companies);
		int step = rows.size() / rejects.size();
		for (int i = rejects.size() - 1; i >= 0; i--) {
			rows.add(step / 2 + i * step, rejects.get(i));
		}
		return rows;
	}

	/**
	 * The company of each contact row, in file order: every company's first contact, then
	 * the second contacts in a shuffled order, and so on, shuffled again until no company
	 * has two rows closer than {@link #MIN_GAP}.
	 */
	private static List<Company> spreadOut(List<Company> companies, Random random) {
		while (true) {
			List<Company> order = new ArrayList<>();
			for (int round = 0; round < 4; round++) {
				int contact = round;
				List<Company> rowsOfRound = new ArrayList<>(
						companies.stream().filter((company) -> contact < company.contacts()).toList());
				if (round > 0) {
					Collections.shuffle(rowsOfRound, random);
				}
				order.addAll(rowsOfRound);
			}
			Map<Company, Integer> last = new HashMap<>();
			boolean spread = true;
			for (int i = 0; i < order.size() && spread; i++) {
				Integer previous = last.put(order.get(i), i);
				spread = previous == null || i - previous >= MIN_GAP;
			}
			if (spread) {
				return order;
			}
		}
	}

	/**
	 * The rows as CSV text: UTF-8, LF line ends, a header row, fields quoted only when
	 * they hold a comma, a quote or a line break.
	 * @param rows the rows from {@link #rows()}
	 * @return the file's text
	 */
	public static String csv(List<List<Object>> rows) {
		StringBuilder text = new StringBuilder();
		appendCsvLine(text, new ArrayList<>(HEADER));
		rows.forEach((row) -> appendCsvLine(text, row));
		return text.toString();
	}

	private static void writeCsv(Path file, List<List<Object>> rows) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, csv(rows), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void appendCsvLine(StringBuilder text, List<Object> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				text.append(',');
			}
			String value = csvText(cells.get(i));
			boolean quoted = value.contains(",") || value.contains("\"") || value.contains("\n");
			text.append(quoted ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
		}
		text.append('\n');
	}

	private static String csvText(Object cell) {
		if (cell instanceof Long count) {
			return String.format(Locale.US, "%,d", count);
		}
		if (cell instanceof DateCell date) {
			return date.iso() ? date.date().toString() : US_DATE.format(date.date());
		}
		return (String) cell;
	}

	private static void writeXlsx(Path file, List<List<Object>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.getProperties()
				.getCoreProperties()
				.setCreated(
						Optional.of(Date.from(LocalDate.of(2026, 11, 23).atStartOfDay().toInstant(ZoneOffset.UTC))));
			Sheet sheet = workbook.createSheet("Leads");
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle headerStyle = workbook.createCellStyle();
			headerStyle.setFont(bold);
			CellStyle countStyle = workbook.createCellStyle();
			countStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.createDataFormat().getFormat("mm/dd/yyyy"));
			CellStyle wrapStyle = workbook.createCellStyle();
			wrapStyle.setWrapText(true);
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADER.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(HEADER.get(i));
				cell.setCellStyle(headerStyle);
				sheet.setColumnWidth(i, 18 * 256);
			}
			sheet.createFreezePane(0, 1);
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> cells = rows.get(r);
				for (int i = 0; i < cells.size(); i++) {
					Object value = cells.get(i);
					if ("".equals(value)) {
						continue;
					}
					Cell cell = row.createCell(i);
					if (value instanceof Long count) {
						cell.setCellValue(count);
						cell.setCellStyle(countStyle);
					}
					else if (value instanceof DateCell date) {
						cell.setCellValue(date.date());
						cell.setCellStyle(dateStyle);
					}
					else {
						cell.setCellValue((String) value);
						if (((String) value).contains("\n")) {
							cell.setCellStyle(wrapStyle);
						}
					}
				}
			}
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Company> companies(Random random) {
		Set<String> names = new LinkedHashSet<>();
		List<Company> companies = new ArrayList<>();
		while (companies.size() < COMPANIES) {
			String stem = pick(random, NAME_STEMS) + " " + pick(random, NAME_TRADES);
			if (!names.add(stem)) {
				continue;
			}
			int index = companies.size();
			String country = switch (random.nextInt(10)) {
				case 0, 1, 2, 3 -> "US";
				case 4, 5 -> "CA";
				case 6, 7 -> "GB";
				default -> "DE";
			};
			String name = stem + " " + legalForm(country, random);
			if (index == 7) {
				stem = "Pembroke Hale";
				name = "Pembroke, Hale & Partners LLP";
				country = "GB";
			}
			String domain = slug(stem) + ((index % 3 == 0) ? ".test" : ".example");
			companies.add(new Company(index, name, domain, country, 2 + random.nextInt(3), random.nextLong()));
		}
		return companies;
	}

	private static String legalForm(String country, Random random) {
		return switch (country) {
			case "US" -> pick(random, new String[] { "Inc.", "LLC", "Corp." });
			case "CA" -> pick(random, new String[] { "Ltd.", "Inc." });
			case "GB" -> pick(random, new String[] { "Ltd", "plc" });
			default -> pick(random, new String[] { "GmbH", "AG", "GmbH & Co. KG" });
		};
	}

	/**
	 * One contact's row. The company's fields come from the company's own random source,
	 * so each of its rows repeats them exactly; later rows leave some of them blank, as
	 * exports of contacts often do.
	 */
	private static List<Object> contactRow(Company company, int contact, Random random) {
		Random fixed = new Random(company.seed());
		Place place = pick(fixed, places(company.country()));
		Map<String, Object> row = new HashMap<>();
		String company_ = company.name();
		if (contact > 0 && company.index() % 17 == 5) {
			company_ = "  " + company.name().toUpperCase(Locale.ROOT).replace(" ", "  ") + " ";
		}
		row.put("Company", company_);
		boolean companyFields = contact == 0 || random.nextInt(10) < 6;
		if (companyFields) {
			row.put("Website", website(company, fixed));
			row.put("Description", description(company, fixed));
			String status = status(fixed);
			row.put("Status", status);
			row.put("Industry", pick(fixed, INDUSTRIES));
			row.put("Employees", (fixed.nextInt(8) == 0) ? "" : (Object) employees(fixed));
			row.put("Street", street(company.country(), fixed));
			row.put("City", place.city());
			row.put("State", place.state());
			row.put("Zip", place.zip());
			row.put("Country", countryName(company.country(), fixed));
			row.put("Customer Since", status.equalsIgnoreCase("customer")
					? new DateCell(LocalDate.of(2015, 1, 1).plusDays(fixed.nextInt(3900)), fixed.nextInt(4) == 0) : "");
		}
		String first = pick(random, FIRST_NAMES);
		String last = pick(random, LAST_NAMES);
		row.put("Contact First Name", first);
		row.put("Contact Last Name", last);
		row.put("Title", pick(random, TITLES));
		row.put("Email", email(first, last, company.domain(), random));
		row.put("Work Phone", phone(company.country(), place, random));
		row.put("Mobile", (random.nextInt(2) == 0) ? "" : mobile(company.country(), place, random));
		row.put("LinkedIn", linkedIn(first, last, random));
		return HEADER.stream().map((column) -> row.getOrDefault(column, "")).toList();
	}

	private static Object website(Company company, Random fixed) {
		return switch (fixed.nextInt(6)) {
			case 0 -> "";
			case 1 -> "https://www." + company.domain();
			case 2 -> "HTTP://" + company.domain().toUpperCase(Locale.ROOT) + "/";
			case 3 -> "www." + company.domain();
			default -> company.domain();
		};
	}

	private static String description(Company company, Random fixed) {
		if (company.index() == 42) {
			return MULTI_LINE_DESCRIPTION;
		}
		return (fixed.nextInt(3) == 0) ? pick(fixed, DESCRIPTIONS) : "";
	}

	private static String status(Random fixed) {
		return switch (fixed.nextInt(12)) {
			case 0, 1 -> "";
			case 2, 3, 4 -> "Prospect";
			case 5, 6 -> "Qualified";
			case 7 -> "QUALIFIED";
			case 8, 9 -> "Customer";
			case 10 -> "customer";
			default -> "Lost";
		};
	}

	private static long employees(Random fixed) {
		return switch (fixed.nextInt(4)) {
			case 0 -> 3 + fixed.nextInt(40);
			case 1 -> 40 + fixed.nextInt(400);
			case 2 -> 100 * (5 + fixed.nextInt(60));
			default -> 1000 + fixed.nextInt(24000);
		};
	}

	private static Place[] places(String country) {
		return switch (country) {
			case "US" -> US_PLACES;
			case "CA" -> CA_PLACES;
			case "GB" -> GB_PLACES;
			default -> DE_PLACES;
		};
	}

	private static String street(String country, Random fixed) {
		int number = 1 + fixed.nextInt(400);
		return switch (country) {
			case "US", "CA" -> {
				String street = number + " " + pick(fixed, US_STREETS);
				yield (fixed.nextInt(3) == 0) ? street + ", Suite " + (100 + fixed.nextInt(900)) : street;
			}
			case "GB" -> ((fixed.nextInt(3) == 0) ? "Unit " + (1 + fixed.nextInt(20)) + ", " : "") + number + " "
					+ pick(fixed, GB_STREETS);
			default -> pick(fixed, DE_STREETS) + " " + (1 + fixed.nextInt(200));
		};
	}

	private static String countryName(String country, Random fixed) {
		boolean code = fixed.nextInt(4) == 0;
		return switch (country) {
			case "US" -> code ? "US" : pick(fixed, new String[] { "United States", "USA" });
			case "CA" -> code ? "CA" : "Canada";
			case "GB" -> code ? "GB" : "United Kingdom";
			default -> code ? "de" : "Germany";
		};
	}

	private static String email(String first, String last, String domain, Random random) {
		String firstPart = ascii(first);
		String lastPart = ascii(last).replace("'", "");
		String mail = switch (random.nextInt(4)) {
			case 0 -> firstPart + "." + lastPart + "@" + domain;
			case 1 -> firstPart.charAt(0) + lastPart + "@" + domain;
			case 2 -> firstPart + "@" + domain;
			default -> firstPart + "." + lastPart + "@" + domain.toUpperCase(Locale.ROOT);
		};
		if (random.nextInt(12) == 0) {
			mail = mail + "; " + firstPart + "@" + domain;
		}
		return (random.nextInt(20) == 0) ? "" : mail;
	}

	private static String phone(String country, Place place, Random random) {
		if (random.nextInt(15) == 0) {
			return "";
		}
		int line = random.nextInt(100);
		return switch (country) {
			case "US", "CA" -> northAmerican(place.dialCode(), line, random);
			case "GB" -> switch (random.nextInt(3)) {
				case 0 -> String.format("+44 %s %04d", place.dialCode(), line * 10 + random.nextInt(10));
				case 1 -> String.format("+44 (0)%s %04d", place.dialCode(), line * 10 + random.nextInt(10));
				default ->
					String.format("+44%s%04d", place.dialCode().replace(" ", ""), line * 10 + random.nextInt(10));
			};
			default -> switch (random.nextInt(3)) {
				case 0 -> String.format("+49 %s %d", place.dialCode(), 9018200 + line);
				case 1 -> String.format("+49 (0)%s %d-%02d", place.dialCode(), 90182, line);
				default -> String.format("+49-%s-%d", place.dialCode(), 2441900 + line);
			};
		};
	}

	private static String mobile(String country, Place place, Random random) {
		int line = random.nextInt(100);
		return switch (country) {
			case "US", "CA" -> northAmerican(place.dialCode(), line, random);
			case "GB" -> String.format("+44 7911 123%03d", line * 10 + random.nextInt(10));
			default -> String.format("+49 151 %d", 23456700 + line);
		};
	}

	private static String northAmerican(String areaCode, int line, Random random) {
		return switch (random.nextInt(5)) {
			case 0 -> String.format("(%s) 555-01%02d", areaCode, line);
			case 1 -> String.format("%s-555-01%02d", areaCode, line);
			case 2 -> String.format("%s.555.01%02d", areaCode, line);
			case 3 -> String.format("+1 %s 555 01%02d", areaCode, line);
			default -> String.format("1-%s-555-01%02d", areaCode, line);
		};
	}

	private static String linkedIn(String first, String last, Random random) {
		String profile = (ascii(first) + "-" + ascii(last)).toLowerCase(Locale.ROOT).replace("'", "") + "-"
				+ Integer.toHexString(0x100 + random.nextInt(0xf00));
		return switch (random.nextInt(4)) {
			case 0 -> "";
			case 1 -> "https://www.linkedin.com/in/" + profile;
			default -> "linkedin.com/in/" + profile;
		};
	}

	/**
	 * The faulty rows, each a valid row of a known company with one mistake, except the
	 * one without a company.
	 */
	private static List<List<Object>> rejectRows(List<Company> companies) {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(reject(companies.get(3), Map.of("Contact First Name", "Maria", "Contact Last Name", "Lopez", "Email",
				"maria.lopez(at)" + companies.get(3).domain())));
		rows.add(reject(companies.get(11), Map.of("Status", "Customer", "Customer Since", "31/01/2021")));
		rows.add(reject(companies.get(19), Map.of("Status", "Churned")));
		rows.add(reject(companies.get(26), Map.of("Work Phone", "555-0199")));
		rows.add(reject(companies.get(33), Map.of("Company", "", "Website", "unknown-company.example")));
		rows.add(reject(companies.get(40), Map.of("Employees", "about forty")));
		rows.add(reject(companies.get(48), Map.of("Website", "intranet/crm/home")));
		rows.add(reject(companies.get(55), Map.of("Mobile", "07700 900321")));
		rows.add(reject(companies.get(63), Map.of("Status", "Customer", "Customer Since", "02/30/2022")));
		rows.add(reject(companies.get(71), Map.of("Employees", "12.500,00")));
		rows.add(reject(companies.get(80), Map.of("Email", "j.park@" + companies.get(80).domain() + "; j.park@")));
		rows.add(reject(companies.get(92), Map.of("LinkedIn", "linkedin.com/in/profile pending")));
		return rows;
	}

	private static List<Object> reject(Company company, Map<String, String> mistakes) {
		Map<String, Object> row = new HashMap<>();
		HEADER.forEach((column) -> row.put(column, ""));
		row.put("Company", company.name());
		row.put("Contact First Name", "Sam");
		row.put("Contact Last Name", "Ellery");
		row.put("Title", "Buyer");
		row.put("Email", "sam.ellery@" + company.domain());
		row.putAll(mistakes);
		return HEADER.stream().map(row::get).toList();
	}

	private static String ascii(String name) {
		return Normalizer.normalize(name.replace("ß", "ss").replace("ø", "o"), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
	}

	private static String slug(String stem) {
		return stem.toLowerCase(Locale.ROOT).replace(' ', '-');
	}

	private static <T> T pick(Random random, T[] values) {
		return values[random.nextInt(values.length)];
	}

	/**
	 * A date cell: a date cell in the XLSX, text in the CSV.
	 *
	 * @param date the date
	 * @param iso whether the CSV writes it {@code 2024-03-05} rather than
	 * {@code 03/05/2024}
	 */
	public record DateCell(LocalDate date, boolean iso) {
	}

	/**
	 * A faulty row.
	 *
	 * @param column the column the mapping rejects it for
	 * @param mistake what is wrong, for test messages
	 */
	public record Reject(String column, String mistake) {
	}

	private record Company(int index, String name, String domain, String country, int contacts, long seed) {
	}

	private record Place(String city, String state, String zip, String dialCode) {
	}

}
