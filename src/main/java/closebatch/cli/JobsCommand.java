package closebatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import closebatch.config.ConfigError;
import closebatch.config.ExportJob;
import closebatch.config.ImportJob;
import closebatch.config.JobDefinition;
import closebatch.config.JobLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code closebatch jobs}: lists the jobs in {@code jobs/}, one line each. */
@Command(name = "jobs", mixinStandardHelpOptions = true, description = "Lists the jobs in jobs/, one line each.")
final class JobsCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		Path folder = Path.of("jobs");
		if (!Files.isDirectory(folder)) {
			out.println("No jobs/ folder in " + Path.of("").toAbsolutePath());
			out.flush();
			return 0;
		}
		List<Path> files;
		try (Stream<Path> listing = Files.list(folder)) {
			files = listing.filter((file) -> file.getFileName().toString().endsWith(".yaml")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + folder, ex);
		}
		for (Path file : files) {
			String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
			out.println(String.format("%-24s %s", name, describe(file)));
		}
		out.flush();
		return 0;
	}

	private static String describe(Path file) {
		try {
			JobDefinition job = JobLoader.load(file);
			if (job instanceof ImportJob importJob) {
				String kind = (importJob.kind() == ImportJob.Kind.PHONE_NUMBERS) ? "phones  " : "import  ";
				return kind + importJob.steps()
					.stream()
					.map((step) -> step.input().path() + " (mapping " + step.mapping() + ")")
					.collect(java.util.stream.Collectors.joining(", then "));
			}
			ExportJob export = (ExportJob) job;
			return "export  " + export.objectType() + " -> " + export.output().path();
		}
		catch (ConfigError ex) {
			return "INVALID " + ex.location() + ": " + ex.getMessage();
		}
	}

}
