package closebatch;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages use each other only along the arrows of STYLE.md: {@code cli → job →
 * {load, export, setup, guess} → {mapping, close, checkpoint, report, sandbox} → source →
 * config → error}. A package may use any package below its own level, none beside it (so
 * the sandbox and the client never read each other) and none above it. Two levels
 * STYLE.md leaves out: {@code config} sits under every stage, which all read their YAML
 * with it, and {@code source} under {@code report}, whose rejects file repeats the
 * input's rows.
 *
 * <p>
 * What a class uses is read from its compiled constant pool: every class it names,
 * including those named only in signatures, fields and generic types. A compile-time
 * constant of another class is copied in by the compiler and not seen.
 */
class PackageArrowsTest {

	private static final Path CLASSES = Path.of("target/classes");

	/** Each package's level: a package may use those of lower levels. */
	private static final Map<String, Integer> LEVELS = Map.ofEntries(Map.entry("error", 0), Map.entry("config", 1),
			Map.entry("source", 2), Map.entry("mapping", 3), Map.entry("close", 3), Map.entry("checkpoint", 3),
			Map.entry("report", 3), Map.entry("sandbox", 3), Map.entry("load", 4), Map.entry("export", 4),
			Map.entry("setup", 4), Map.entry("guess", 4), Map.entry("job", 5), Map.entry("cli", 6), Map.entry("", 7));

	/** Classes of the root package that any package may use: they use nothing of ours. */
	private static final Set<String> LEAVES = Set.of("closebatch.Version");

	private static final Pattern NAMED_CLASS = Pattern.compile("(?:^|L|\\[)(closebatch/[\\w/$]+)(?:;|<|$)");

	@Test
	void everyPackageUsesOnlyThePackagesBelowIt() throws IOException {
		List<String> wrongWay = new ArrayList<>();
		for (Path file : classFiles()) {
			String user = className(file);
			for (String used : namedClasses(file)) {
				String arrow = arrowAgainstTheLevels(user, used);
				if (arrow != null) {
					wrongWay.add(user + " uses " + used + ": " + arrow);
				}
			}
		}
		assertThat(wrongWay).as("uses against the arrows of STYLE.md").isEmpty();
	}

	@Test
	void everyPackageHasALevel() throws IOException {
		Set<String> packages = new TreeSet<>();
		classFiles().forEach((file) -> packages.add(stage(className(file))));
		assertThat(LEVELS.keySet()).containsAll(packages);
	}

	@Test
	void seesAUseAgainstTheArrowsInAClassFile() throws IOException {
		Path exportRunner = CLASSES.resolve("closebatch/job/ExportRunner.class");

		assertThat(namedClasses(exportRunner)).contains("closebatch.export.ExportJobs", "closebatch.report.RunStatus");
		assertThat(arrowAgainstTheLevels("closebatch.report.RunStatus", "closebatch.job.ExportRunner"))
			.isEqualTo("report may not use job (job is above it)");
		assertThat(arrowAgainstTheLevels("closebatch.close.CloseClient", "closebatch.sandbox.Sandbox"))
			.isEqualTo("close may not use sandbox (sandbox is beside it)");
		assertThat(arrowAgainstTheLevels("closebatch.job.ExportRunner", "closebatch.close.CloseClient")).isNull();
	}

	/**
	 * Why a use goes against the levels, or null when it does not.
	 * @param user the class that uses
	 * @param used the class it uses
	 * @return such as {@code report may not use job (job is above it)}
	 */
	private static String arrowAgainstTheLevels(String user, String used) {
		String from = stage(user);
		String to = stage(used);
		if (from.equals(to) || LEAVES.contains(used)) {
			return null;
		}
		int difference = LEVELS.get(to) - LEVELS.get(from);
		if (difference < 0) {
			return null;
		}
		return name(from) + " may not use " + name(to) + " (" + name(to) + " is "
				+ ((difference == 0) ? "beside" : "above") + " it)";
	}

	private static String name(String stage) {
		return stage.isEmpty() ? "closebatch" : stage;
	}

	/**
	 * The stage a class belongs to: {@code sandbox} for
	 * {@code closebatch.sandbox.http.X}.
	 */
	private static String stage(String className) {
		String[] parts = className.split("\\.");
		return (parts.length > 2) ? parts[1] : "";
	}

	private static List<Path> classFiles() throws IOException {
		try (Stream<Path> files = Files.walk(CLASSES.resolve("closebatch"))) {
			return files.filter((file) -> file.toString().endsWith(".class")).sorted().toList();
		}
	}

	private static String className(Path file) {
		String name = CLASSES.relativize(file).toString().replace('\\', '/').replaceFirst("\\.class$", "");
		return name.replaceFirst("\\$.*", "").replace('/', '.');
	}

	/**
	 * The classes of ours a class file names in its constant pool (as class entries or in
	 * descriptors and signatures), as top-level class names.
	 */
	static Set<String> namedClasses(Path file) throws IOException {
		Set<String> named = new TreeSet<>();
		for (String text : constantPoolTexts(file)) {
			Matcher matcher = NAMED_CLASS.matcher(text);
			while (matcher.find()) {
				named.add(matcher.group(1).replaceFirst("\\$.*", "").replace('/', '.'));
			}
		}
		return named;
	}

	/** The UTF-8 entries of a class file's constant pool (JVMS §4.4). */
	private static List<String> constantPoolTexts(Path file) throws IOException {
		List<String> texts = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file); DataInputStream data = new DataInputStream(in)) {
			data.skipBytes(8); // magic, minor and major version
			int count = data.readUnsignedShort();
			for (int index = 1; index < count; index++) {
				int tag = data.readUnsignedByte();
				switch (tag) {
					case 1 -> texts.add(data.readUTF());
					case 7, 8, 16, 19, 20 -> data.skipBytes(2);
					case 15 -> data.skipBytes(3);
					case 3, 4, 9, 10, 11, 12, 17, 18 -> data.skipBytes(4);
					case 5, 6 -> {
						data.skipBytes(8);
						index++; // a long or a double takes two entries
					}
					default -> throw new IOException(file + ": unknown constant pool tag " + tag);
				}
			}
		}
		return texts;
	}

}
