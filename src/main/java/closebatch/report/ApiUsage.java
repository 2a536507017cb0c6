package closebatch.report;

/**
 * How much a run asked of the Close API.
 *
 * @param requests HTTP requests sent, retries included
 * @param retries requests that repeated an earlier one
 * @param throttled responses that were 429 (rate limited)
 */
public record ApiUsage(long requests, long retries, long throttled) {

	/** No request at all, as in a dry run. */
	public static final ApiUsage NONE = new ApiUsage(0, 0, 0);

	public ApiUsage {
		if (requests < 0 || retries < 0 || throttled < 0) {
			throw new IllegalArgumentException("counts cannot be negative");
		}
	}

}
