package closebatch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import closebatch.report.SummaryJson;
import closebatch.sandbox.SandboxExtension;
import closebatch.source.Workbooks;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile-input corpus ({@code src/test/resources/hostile/}, and the big files made
 * here at run time): each file through {@code validate} and {@code run} against the
 * sandbox, asserting the exit code, the located message, the row accounting and that no
 * stack frame reached the terminal.
 */
class HostileCorpusTest {

	@RegisterExtension
	static final SandboxExtension sandbox = new SandboxExtension();

	@TempDir
	Path dir;

	@BeforeEach
	void emptyTheSandbox() {
		sandbox.client().post("/_sandbox/reset/", Map.of());
	}

	private record Outcome(int exitCode, String out, String err, Path outputDir) {

		JsonNode summary() {
			return SummaryJson.read(this.outputDir.resolve("summary.json"));
		}

	}

	@ParameterizedTest(name = "{0}: exit {1}, {2} read, {3} rejected, {4} skipped")
	@CsvSource({ "encoding-switch.csv, 3, 3, 1, 0, SRC-206", "utf16-bom.csv, 0, 2, 0, 0, ''",
			"nul-bytes.csv, 3, 2, 1, 0, SRC-208", "control-chars.csv, 3, 2, 1, 0, SRC-208",
			"whitespace-rows.csv, 0, 4, 0, 3, SRC-209", "header-only.csv, 0, 0, 0, 0, ''" })
	void readsWhatCanBeReadAndAccountsForEveryRow(String file, int exitCode, long read, long rejected, long skipped,
			String code) throws Exception {
		for (String command : new String[] { "validate", "run" }) {
			Outcome outcome = closebatch(corpus(file), command);

			assertThat(outcome.exitCode()).as(command + ": " + outcome.err()).isEqualTo(exitCode);
			assertNoStackFrame(outcome);
			JsonNode summary = outcome.summary();
			assertThat(summary.path("rows_read").asLong()).as(command).isEqualTo(read);
			assertThat(summary.path("rows_rejected").asLong()).as(command).isEqualTo(rejected);
			long sum = summary.path("rows_created").asLong() + summary.path("rows_updated").asLong()
					+ summary.path("rows_unchanged").asLong() + summary.path("rows_skipped").asLong()
					+ summary.path("rows_rejected").asLong();
			assertThat(sum).as(command + ": read = created + updated + unchanged + skipped + rejected").isEqualTo(read);
			if (command.equals("run")) {
				assertThat(summary.path("rows_skipped").asLong()).isEqualTo(skipped);
			}
			if (!code.isEmpty()) {
				assertThat(Files.readString(outcome.outputDir().resolve("results.csv"))).contains(code);
			}
		}
		assertThat(sandbox.client().get("lead/?_limit=100").ok().path("data").toString()).doesNotContain("\\u0000",
				"\\u0007");
	}

	@ParameterizedTest(name = "{0}: exit 2 with {1}")
	@CsvSource({ "utf16-no-bom.csv, SRC-105, encoding: UTF-16LE", "empty.csv, SRC-102, empty",
			"csv-renamed.xlsx, SRC-111, not an XLSX workbook", "random-bytes.xlsx, SRC-111, not an XLSX workbook",
			"random-bytes.csv, SRC-, random-bytes.csv" })
	void refusesAFileThatCannotBeReadWithOneLocatedLine(String file, String code, String detail) throws Exception {
		for (String command : new String[] { "validate", "run" }) {
			Outcome outcome = closebatch(corpus(file), command);

			assertInvalid(outcome, code, file, detail);
		}
	}

	@Test
	void refusesAZipBombAndAnXxeWorkbookAndReadsMergedCellsAndAHiddenFirstSheet() throws Exception {
		Path bomb = this.dir.resolve("zip-bomb.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
			copyParts(zip, workbook("plain.xlsx", "Company"));
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet2.xml"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 200; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		Path xxe = this.dir.resolve("xxe.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(xxe))) {
			copyParts(zip, workbook("base.xlsx", "Company"), "xl/worksheets/sheet1.xml");
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write(("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
					+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
					+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Company</t></is></c></row>"
					+ "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>")
				.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		Path hidden = Workbooks.write(this.dir.resolve("hidden-first.xlsx"), (workbook) -> {
			Sheet lookup = workbook.createSheet("Lookup");
			lookup.createRow(0).createCell(0).setCellValue("Code");
			Sheet leads = workbook.createSheet("Leads");
			cells(leads.createRow(0), "Company", "Contact");
			cells(leads.createRow(1), "Acme", "Ann");
			cells(leads.createRow(2), "Beta", "Bob");
			leads.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
			workbook.setSheetHidden(0, true);
			workbook.setActiveSheet(1);
		});

		Outcome bombed = closebatch(bomb, "run");
		Outcome injected = closebatch(xxe, "run");
		Outcome validated = closebatch(hidden, "validate");
		Outcome loaded = closebatch(hidden, "run");

		assertNoStackFrame(bombed);
		assertThat(bombed.exitCode()).as(bombed.err()).isIn(0, 2);
		assertNoStackFrame(injected);
		assertThat(injected.out() + injected.err()).doesNotContain("root:");
		assertThat(sandbox.client().get("lead/?_limit=100").ok().toString()).doesNotContain("root:");
		assertThat(validated.exitCode()).as(validated.err()).isZero();
		assertThat(validated.out()).contains("sheet \"Leads\"");
		assertThat(loaded.exitCode()).as(loaded.err()).isZero();
		assertThat(loaded.summary().path("rows_created").asLong()).isEqualTo(2);
	}

	@Test
	void boundsHugeHeadersAndCellsWithALocatedError() throws Exception {
		Path wide = this.dir.resolve("wide.csv");
		StringBuilder header = new StringBuilder("Company,Contact");
		for (int i = 3; i <= 2_000; i++) {
			header.append(",Column ").append(i);
		}
		Files.writeString(wide, header + "\nAcme,Ann" + ",".repeat(1_998) + "\n");
		Path bigCell = this.dir.resolve("big-cell.csv");
		try (OutputStream out = Files.newOutputStream(bigCell)) {
			out.write("Company,Contact\nAcme,".getBytes(StandardCharsets.UTF_8));
			byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
			for (int i = 0; i < 10; i++) {
				out.write(chunk);
			}
			out.write("\nBeta,Bob\n".getBytes(StandardCharsets.UTF_8));
		}
		Path wideHeader = this.dir.resolve("wide-header.csv");
		Files.writeString(wideHeader, "Company," + "x".repeat(20_000) + "\nAcme,Ann\n");

		Outcome wideRun = closebatch(wide, "run");
		Outcome bigCellRun = closebatch(bigCell, "run");

		assertThat(wideRun.exitCode()).as(wideRun.err()).isZero();
		assertThat(bigCellRun.exitCode()).as(bigCellRun.err()).isEqualTo(3);
		assertNoStackFrame(bigCellRun);
		assertThat(bigCellRun.summary().path("rows_read").asLong()).isEqualTo(2);
		assertThat(Files.readString(bigCellRun.outputDir().resolve("rejects.csv"))).contains("SRC-204")
			.hasSizeLessThan(10_000);
		assertInvalid(closebatch(wideHeader, "validate"), "SRC-118", "wide-header.csv:1", "1024");
	}

	private Path corpus(String file) {
		return Path.of("src/test/resources/hostile", file).toAbsolutePath();
	}

	private Path workbook(String name, String... header) {
		return Workbooks.write(this.dir.resolve(name),
				(workbook) -> cells(workbook.createSheet("Leads").createRow(0), header));
	}

	private static void cells(Row row, String... values) {
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
	}

	private static void copyParts(ZipOutputStream zip, Path xlsx, String... except) throws IOException {
		try (java.util.zip.ZipFile source = new java.util.zip.ZipFile(xlsx.toFile())) {
			for (ZipEntry entry : java.util.Collections.list(source.entries())) {
				if (java.util.List.of(except).contains(entry.getName())) {
					continue;
				}
				zip.putNextEntry(new ZipEntry(entry.getName()));
				source.getInputStream(entry).transferTo(zip);
				zip.closeEntry();
			}
		}
	}

	private Outcome closebatch(Path input, String command) throws IOException {
		Path job = this.dir.resolve("job-" + System.nanoTime() + ".yaml");
		Path out = this.dir.resolve("out-" + System.nanoTime());
		Files.writeString(job,
				"type: import\ninput:\n  path: " + input + "\nmapping: " + corpus("mapping.yaml") + "\n");
		StringWriter stdout = new StringWriter();
		StringWriter stderr = new StringWriter();
		java.util.List<String> arguments = new java.util.ArrayList<>(java.util.List.of(command, job.toString(),
				"--state", this.dir.resolve("state.db").toString(), "--out", out.toString()));
		if (command.equals("run")) {
			arguments.add("--restart=fresh");
		}
		int exit = ClosebatchCommand.execute(
				Map.of("CLOSE_API_KEY", SandboxExtension.API_KEY, "CLOSE_BASE_URL", sandbox.baseUrl().toString()),
				new PrintWriter(stdout), new PrintWriter(stderr), arguments.toArray(String[]::new));
		Path outputDir = out;
		if (Files.isDirectory(out)) {
			try (Stream<Path> jobs = Files.list(out); Stream<Path> runs = Files.list(jobs.findFirst().orElseThrow())) {
				outputDir = runs.findFirst().orElse(out);
			}
		}
		return new Outcome(exit, stdout.toString(), stderr.toString(), outputDir);
	}

	private static void assertNoStackFrame(Outcome outcome) {
		assertThat(outcome.err()).doesNotContainPattern("\\n\\s*at [\\w.$]+\\(");
	}

	private static void assertInvalid(Outcome outcome, String code, String file, String detail) {
		assertThat(outcome.exitCode()).as(outcome.err()).isEqualTo(2);
		assertNoStackFrame(outcome);
		assertThat(outcome.err().lines().filter((line) -> line.startsWith("error "))).singleElement()
			.asString()
			.contains(code, file, detail, "Hint: ");
	}

}
