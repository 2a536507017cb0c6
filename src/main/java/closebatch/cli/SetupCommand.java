package closebatch.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code closebatch setup}: holds the commands on an organization's setup as code. Given
 * none, it shows its usage on stderr and exits 2.
 */
@Command(name = "setup", mixinStandardHelpOptions = true, description = {
		"An organization's custom fields, statuses, pipelines, custom activity types and templates",
		"as one YAML file: 'setup export' writes it, 'setup plan FILE' shows what 'setup apply FILE' changes." },
		subcommands = { SetupExportCommand.class, SetupPlanCommand.class, SetupApplyCommand.class })
final class SetupCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@ParentCommand
	private ClosebatchCommand root;

	Map<String, String> environment() {
		return this.root.environment();
	}

	@Override
	public Integer call() {
		CommandLine commandLine = this.spec.commandLine();
		commandLine.usage(commandLine.getErr());
		return ProblemReport.report(
				CommandError.usage("No setup command given.",
						"Use 'closebatch setup export --out setup.yaml', then 'closebatch setup plan setup.yaml'."),
				commandLine.getErr());
	}

}
