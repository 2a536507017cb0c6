package closebatch.cli;

import java.io.PrintWriter;

import closebatch.close.CloseClient;
import closebatch.setup.Setup;
import closebatch.setup.SetupApply;
import closebatch.setup.SetupOutcome;
import picocli.CommandLine.Command;

/** {@code closebatch setup plan FILE}: what {@code setup apply} would change. */
@Command(name = "plan", mixinStandardHelpOptions = true,
		description = { "Compares a setup file with the organization by name and shows what 'setup apply' would",
				"create, update, rename (only where the file says renamed-from) and, with --prune, delete.",
				"Sends no write request.",
				"Exit codes: 0 planned, 3 conflicts or refused deletions, 1 failed, 2 invalid file." })
final class SetupPlanCommand extends SetupFileCommand {

	@Override
	SetupOutcome run(Setup wanted, CloseClient client, PrintWriter human) {
		SetupOutcome outcome = SetupApply.plan(client, wanted, this.prune);
		outcome.changes().forEach((change) -> human.println("  " + change.describe()));
		return outcome;
	}

}
