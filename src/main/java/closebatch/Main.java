package closebatch;

import closebatch.cli.ClosebatchCommand;

/**
 * The entry point: runs the command line and exits with its code. The only place that
 * exits.
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		System.exit(ClosebatchCommand.execute(args));
	}

}
