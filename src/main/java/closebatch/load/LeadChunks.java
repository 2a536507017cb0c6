package closebatch.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import closebatch.mapping.LeadRecord;

/**
 * The {@link ChunkLoader} of a lead step: groups each key's rows into a lead, looks the
 * chunk's unknown leads up in Close at once, and loads each through the
 * {@link LeadLoader}.
 */
final class LeadChunks implements ChunkLoader {

	private final LeadLoader loader;

	private final PlannedChanges planned;

	/**
	 * @param planned what a plan's writes would change, or {@code null} for a run that
	 * writes
	 */
	LeadChunks(LeadLoader loader, PlannedChanges planned) {
		this.loader = loader;
		this.planned = planned;
	}

	@Override
	public List<Callable<Loaded>> prepare(List<Keyed> records) {
		List<LeadGroup> groups = records.stream()
			.map((record) -> LeadGroup.of(record.key(), record.rows().stream().map(LeadRecord.class::cast).toList()))
			.toList();
		// One bulk lookup in Close for the records the ledger does not know; if it fails,
		// the chunk fails before anything of it was written.
		Map<RecordKey, LeadMatch> matches = groups.isEmpty() ? Map.of() : this.loader.lookUp(groups);
		List<Callable<Loaded>> loads = new ArrayList<>();
		for (LeadGroup group : groups) {
			LeadMatch match = matches.get(group.key());
			loads.add(() -> {
				GroupResult result = this.loader.load(group, match);
				return new Loaded(result, (this.planned != null) ? this.planned.line(group, match, result) : null);
			});
		}
		return loads;
	}

}
