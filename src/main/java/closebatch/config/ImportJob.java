package closebatch.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An import job: read a file, map each row with a mapping file, load the leads into
 * Close.
 *
 * @param name the job's name
 * @param input the file to read
 * @param mapping the mapping file ({@code mappings/*.yaml})
 * @param chunkSize rows per chunk (one transaction of the checkpoint)
 * @param concurrency requests in flight at once within a chunk
 * @param maxRejects the number of rejected rows that fails the run, or {@code null} for
 * no limit
 * @param maxRejectRate the share of rejected rows (0 to 1) that fails the run, or
 * {@code null} for no limit
 */
public record ImportJob(String name, InputSpec input, Path mapping, int chunkSize, int concurrency, Long maxRejects,
		Double maxRejectRate) implements JobDefinition {

	/** Rows per chunk when the job does not say. */
	public static final int DEFAULT_CHUNK_SIZE = 100;

	/** Requests in flight when the job does not say. */
	public static final int DEFAULT_CONCURRENCY = 4;

	public ImportJob {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(input, "input");
		Objects.requireNonNull(mapping, "mapping");
		if (chunkSize < 1 || concurrency < 1) {
			throw new IllegalArgumentException("chunk size and concurrency must be positive");
		}
		if (maxRejectRate != null && (maxRejectRate < 0 || maxRejectRate > 1)) {
			throw new IllegalArgumentException("max reject rate must be between 0 and 1");
		}
	}

}
