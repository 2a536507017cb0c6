package closebatch.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import closebatch.checkpoint.RunPlanner.RestartMode;
import closebatch.close.ApiKey;
import closebatch.close.CloseClient;
import closebatch.close.CloseTarget;
import closebatch.config.ExportJob;
import closebatch.config.ImportJob;
import closebatch.config.JobLoader;
import closebatch.load.ProgressListener;
import closebatch.report.RejectThreshold;
import closebatch.report.RunStatus;
import closebatch.sandbox.Sandbox;
import closebatch.sandbox.SandboxClient;
import closebatch.sandbox.SandboxSettings;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #16's round trip as a property: leads whose texts start with {@code = + - @ '},
 * hold tabs, quotes, line breaks and non-BMP characters, exported to CSV or XLSX and
 * imported with the mapping the export wrote into an empty sandbox, come back with
 * identical field values.
 */
class RoundTripPropertiesTest {

	private static final String KEY = "api_round_trip_properties";

	@Property(tries = 10)
	void anExportImportedWithItsMappingGivesBackEveryValue(@ForAll("texts") List<String> texts,
			@ForAll("formats") String format) throws Exception {
		Path folder = Files.createTempDirectory("round-trip");
		try (Sandbox source = start(); Sandbox empty = start()) {
			SandboxClient client = SandboxClient.withKey(source.baseUrl(), KEY);
			Map<String, String> sent = new HashMap<>();
			for (int i = 0; i < texts.size(); i++) {
				String name = "Lead " + i + " " + texts.get(i);
				sent.put("Lead " + i, texts.get(i));
				client.post("lead/", Map.of("name", name, "description", texts.get(i), "contacts",
						List.of(Map.of("name", texts.get(i).isBlank() ? "Ann" : texts.get(i)))))
					.ok();
			}

			Path exportFile = folder.resolve("leads." + format);
			Path exportJob = folder.resolve("export.yaml");
			Files.writeString(exportJob, Files.readString(Path.of("jobs/export-leads.yaml"))
				.replace("path: out/leads.csv", "path: " + exportFile));
			ExportResult exported = new ExportRunner(Clock.systemUTC()).run((ExportJob) JobLoader.load(exportJob),
					options(folder, "export"), target(source));
			assertThat(exported.summary().status()).as(exported.report().failure()).isEqualTo(RunStatus.COMPLETED);
			assertThat(exported.summary().mappingFile()).hasFileName("leads." + format + ".mapping.yaml");

			Path importJob = folder.resolve("import.yaml");
			Files.writeString(importJob, "type: import\ninput:\n  path: " + exportFile + "\nmapping: "
					+ exported.summary().mappingFile() + "\n");
			var imported = new ImportRunner(Clock.systemUTC()).run((ImportJob) JobLoader.load(importJob),
					options(folder, "import"), target(empty), ProgressListener.NONE);
			assertThat(imported.summary().rows().rejected()).as(imported.failure()).isZero();

			JsonNode leads = SandboxClient.withKey(empty.baseUrl(), KEY).get("lead/?_limit=100").ok().path("data");
			assertThat(leads.size()).isEqualTo(texts.size());
			for (JsonNode lead : leads) {
				String name = lead.path("name").asString();
				String text = sent.get(name.substring(0, name.indexOf(' ', 5)));
				assertThat(name).isEqualTo(name.substring(0, name.indexOf(' ', 5)) + " " + text);
				assertThat(lead.path("description").asString()).isEqualTo(text);
				if (!text.isBlank()) {
					assertThat(lead.path("contacts").path(0).path("name").asString()).isEqualTo(text);
				}
			}
		}
	}

	@Provide
	Arbitrary<String> formats() {
		return Arbitraries.of("csv", "xlsx");
	}

	@Provide
	Arbitrary<List<String>> texts() {
		return text().list().ofMinSize(1).ofMaxSize(6);
	}

	private static Arbitrary<String> text() {
		Arbitrary<String> start = Arbitraries.of("=", "+", "-", "@", "'", "''", "=SUM(1)", "\"", "");
		Arbitrary<String> body = Arbitraries.strings()
			.withChars("ab Z9,;\"'\t\n=+-@")
			.withChars("é\uD83D\uDE00".toCharArray())
			.ofMinLength(1)
			.ofMaxLength(10)
			.filter((text) -> !Character.isSurrogate(text.charAt(0)) && !hasLoneSurrogate(text));
		return Combinators.combine(start, body)
			.as((prefix, rest) -> (prefix + rest).strip())
			.filter((text) -> !text.isEmpty());
	}

	private static boolean hasLoneSurrogate(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return true;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return true;
			}
		}
		return false;
	}

	private static Sandbox start() {
		return Sandbox.start(SandboxSettings.defaults().withApiKeys(List.of(KEY)).withRateLimitPerKey(0));
	}

	private static JobTarget target(Sandbox sandbox) {
		return JobTarget
			.of(CloseClient.builder(CloseTarget.of(sandbox.baseUrl().toString()), List.of(ApiKey.of(KEY))).build());
	}

	private static RunOptions options(Path folder, String name) {
		return new RunOptions(folder.resolve(name + "-state.db"), RestartMode.RESUME, folder.resolve("out"),
				RejectThreshold.NONE, "test");
	}

}
