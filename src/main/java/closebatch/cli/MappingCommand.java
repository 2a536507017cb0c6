package closebatch.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code closebatch mapping}: holds the commands on mapping files. Given none, it shows
 * its usage on stderr and exits 2.
 */
@Command(name = "mapping", mixinStandardHelpOptions = true,
		description = "Works on mapping files: 'mapping init FILE' guesses a mapping and a job from an input file.",
		subcommands = { MappingInitCommand.class })
final class MappingCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Override
	public Integer call() {
		CommandLine commandLine = this.spec.commandLine();
		commandLine.usage(commandLine.getErr());
		return ProblemReport.report(
				CommandError.usage("No mapping command given.",
						"Use 'closebatch mapping init <file>' to guess a mapping from a CSV or XLSX file."),
				commandLine.getErr());
	}

}
