package closebatch.setup;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import closebatch.setup.SetupChange.Action;

/**
 * What a plan found or an apply did.
 *
 * @param unchanged definitions the target already held as the file says
 * @param applied whether the changes were made
 */
public record SetupOutcome(List<SetupChange> changes, int unchanged, boolean applied) {

	public SetupOutcome {
		changes = List.copyOf(changes);
	}

	/** Whether some change could not be made: a conflict or a refused deletion. */
	public boolean blocked() {
		return this.changes.stream().anyMatch((change) -> change.action().blocked());
	}

	/** How many changes of each action, by its label, and the unchanged ones. */
	public Map<String, Integer> counts() {
		Map<String, Integer> counts = new TreeMap<>();
		for (Action action : Action.values()) {
			counts.put(action.label(), 0);
		}
		this.changes.forEach((change) -> counts.merge(change.action().label(), 1, Integer::sum));
		counts.put("unchanged", this.unchanged);
		return counts;
	}

}
