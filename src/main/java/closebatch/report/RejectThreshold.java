package closebatch.report;

/**
 * How many rejected rows a completed run may have before it counts as failed: the
 * {@code --max-rejects} and {@code --max-reject-rate} options.
 *
 * <p>
 * A limit is exceeded when the rejects are strictly more than it allows: with
 * {@code --max-rejects 0} a single reject fails the run; with a rate of 0.05 a run of 100
 * rows fails at 6 rejects, not 5.
 *
 * @param maxRejects the most rejected rows allowed, or null for no limit
 * @param maxRejectRate the largest share of rows read that may be rejected, from 0 to 1,
 * or null for no limit
 */
public record RejectThreshold(Long maxRejects, Double maxRejectRate) {

	/** No limit: rejects never fail a run on their own. */
	public static final RejectThreshold NONE = new RejectThreshold(null, null);

	public RejectThreshold {
		if (maxRejects != null && maxRejects < 0) {
			throw new IllegalArgumentException("--max-rejects cannot be negative, not " + maxRejects);
		}
		if (maxRejectRate != null && !(maxRejectRate >= 0 && maxRejectRate <= 1)) {
			throw new IllegalArgumentException("--max-reject-rate must be from 0 to 1, not " + maxRejectRate);
		}
	}

	/**
	 * Which limit the rejects exceed, if any.
	 * @param rejected rows rejected
	 * @param read rows read
	 * @return the limit in words, such as
	 * {@code 12 rejected rows exceed --max-rejects 10}, or null when within limits
	 */
	public String exceededBy(long rejected, long read) {
		if (this.maxRejects != null && rejected > this.maxRejects) {
			return rejected + " rejected rows exceed --max-rejects " + this.maxRejects;
		}
		if (this.maxRejectRate != null && read > 0 && rejected > this.maxRejectRate * read) {
			return String.format(java.util.Locale.ROOT, "%d of %d rows rejected (%.2f%%) exceed --max-reject-rate %s",
					rejected, read, 100.0 * rejected / read, this.maxRejectRate);
		}
		return null;
	}

}
