package closebatch.load;

import java.util.List;
import java.util.concurrent.Callable;

import closebatch.mapping.MappedRow;
import closebatch.report.PlanWriter;

/**
 * Loads the records of a chunk, one kind of record per step: leads with their contacts
 * ({@link LeadChunks}) or objects of leads ({@link ObjectLoader}).
 */
interface ChunkLoader {

	/**
	 * Looks up in bulk what the chunk's records need, then gives the load of each record,
	 * in order, for the workers to run; a record's load never runs beside another of the
	 * same key.
	 * @param records each record's rows, by record key, in the chunk's order
	 */
	List<Callable<Loaded>> prepare(List<Keyed> records);

	/** The rows of one record, mapped. */
	record Keyed(RecordKey key, List<MappedRow> rows) {

		public Keyed {
			rows = List.copyOf(rows);
		}

	}

	/**
	 * What loading one record did, and for a plan its line of {@code plan.csv} (else
	 * {@code null}).
	 */
	record Loaded(GroupResult result, PlanWriter.Line planLine) {
	}

}
