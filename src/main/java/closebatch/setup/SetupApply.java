package closebatch.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import closebatch.close.CloseClient;
import closebatch.setup.SetupDiff.Part;

/**
 * Plans and applies a setup file to a target. An apply works through the parts of a setup
 * in order and reads the target again after each part that changed it, so every change is
 * decided on what Close holds at that moment: an apply killed half way and run again
 * makes what is left, and an apply after an apply sends nothing but reads.
 */
public final class SetupApply {

	private SetupApply() {
	}

	/** What an apply would change, found with reads only. */
	public static SetupOutcome plan(CloseClient client, Setup file, boolean prune) {
		SetupDiff diff = SetupDiff.of(file, SetupInClose.read(client), prune, new InUse(client), Part.values());
		return new SetupOutcome(diff.changes(), diff.unchanged(), false);
	}

	/**
	 * Makes the changes.
	 * @param made told of each change once Close has made it
	 */
	public static SetupOutcome apply(CloseClient client, Setup file, boolean prune, Consumer<SetupChange> made) {
		InUse inUse = new InUse(client);
		Setup target = SetupInClose.read(client);
		List<SetupChange> changes = new ArrayList<>();
		int unchanged = 0;
		for (Part part : Part.values()) {
			SetupDiff diff = SetupDiff.of(file, target, prune, inUse, part);
			unchanged += diff.unchanged();
			for (SetupChange change : diff.changes()) {
				if (change.write() == null && !change.action().blocked()) {
					throw new IllegalStateException("No request for " + change.describe() + " after the parts before");
				}
				if (change.write() != null) {
					change.write().accept(client);
					made.accept(change);
				}
				changes.add(change);
			}
			if (diff.changes().stream().anyMatch((change) -> change.write() != null)) {
				target = SetupInClose.read(client);
			}
		}
		return new SetupOutcome(changes, unchanged, true);
	}

}
