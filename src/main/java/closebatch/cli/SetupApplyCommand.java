package closebatch.cli;

import java.io.PrintWriter;

import closebatch.close.CloseClient;
import closebatch.setup.Setup;
import closebatch.setup.SetupApply;
import closebatch.setup.SetupOutcome;
import picocli.CommandLine.Command;

/** {@code closebatch setup apply FILE}: brings the organization to a setup file. */
@Command(name = "apply", mixinStandardHelpOptions = true,
		description = { "Makes the changes 'setup plan' shows, each once: an apply after an apply changes nothing,",
				"and an apply stopped half way and run again ends in the same state.",
				"Exit codes: 0 applied, 3 conflicts or refused deletions left, 1 failed, 2 invalid file." })
final class SetupApplyCommand extends SetupFileCommand {

	@Override
	SetupOutcome run(Setup wanted, CloseClient client, PrintWriter human) {
		SetupOutcome outcome = SetupApply.apply(client, wanted, this.prune, (change) -> {
			human.println("  " + change.describe());
			human.flush();
		});
		outcome.changes()
			.stream()
			.filter((change) -> change.action().blocked())
			.forEach((change) -> human.println("  " + change.describe()));
		return outcome;
	}

}
