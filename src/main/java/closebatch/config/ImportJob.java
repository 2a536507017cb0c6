package closebatch.config;

import java.util.List;
import java.util.Objects;

/**
 * An import job: its steps, each reading a file and loading its rows through a mapping
 * file into Close, one after the other in the order given (leads before their objects).
 *
 * @param name the job's name
 * @param steps the steps, in order
 * @param chunkSize rows per chunk (one transaction of the checkpoint)
 * @param concurrency records in flight at once, at most: the load adapts below it to the
 * rate limits and latency
 * @param maxRejects the number of rejected rows that fails the run, or {@code null} for
 * no limit
 * @param maxRejectRate the share of rejected rows (0 to 1) that fails the run, or
 * {@code null} for no limit
 * @param kind what the job's mappings load
 */
public record ImportJob(String name, List<ImportStep> steps, int chunkSize, int concurrency, Long maxRejects,
		Double maxRejectRate, Kind kind) implements JobDefinition {

	/** What an import loads: its mappings' kind of record. */
	public enum Kind {

		/** Leads with their contacts, and the objects of leads ({@code type: import}). */
		RECORDS,

		/**
		 * The organization's phone numbers, rented, updated or released
		 * ({@code type: phone-numbers}).
		 */
		PHONE_NUMBERS

	}

	/** Rows per chunk when the job does not say. */
	public static final int DEFAULT_CHUNK_SIZE = 100;

	/**
	 * Records in flight at most when the job does not say: enough for Close's limits at a
	 * few hundred milliseconds of latency, or for three keys at 100 ms.
	 */
	public static final int DEFAULT_CONCURRENCY = 32;

	/** Whether the job has several steps, each with its own output folder. */
	public boolean hasSteps() {
		return this.steps.size() > 1 || !this.steps.get(0).name().equals(ImportStep.SINGLE);
	}

	/** A job of leads and objects of leads. */
	public ImportJob(String name, List<ImportStep> steps, int chunkSize, int concurrency, Long maxRejects,
			Double maxRejectRate) {
		this(name, steps, chunkSize, concurrency, maxRejects, maxRejectRate, Kind.RECORDS);
	}

	public ImportJob {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
		if (kind == Kind.PHONE_NUMBERS && steps.size() != 1) {
			throw new IllegalArgumentException("a phone-numbers job has one input and one mapping");
		}
		steps = List.copyOf(steps);
		if (steps.isEmpty()) {
			throw new IllegalArgumentException("an import job has at least one step");
		}
		if (steps.stream().map(ImportStep::name).distinct().count() != steps.size()) {
			throw new IllegalArgumentException("step names must be unique");
		}
		if (chunkSize < 1 || concurrency < 1) {
			throw new IllegalArgumentException("chunk size and concurrency must be positive");
		}
		if (maxRejectRate != null && (maxRejectRate < 0 || maxRejectRate > 1)) {
			throw new IllegalArgumentException("max reject rate must be between 0 and 1");
		}
	}

}
