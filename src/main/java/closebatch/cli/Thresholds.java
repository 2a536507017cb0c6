package closebatch.cli;

import closebatch.config.ImportJob;
import closebatch.report.RejectThreshold;

/** The reject limits of a run: the command line's, else the job's. */
final class Thresholds {

	private Thresholds() {
	}

	static RejectThreshold of(ImportJob job, Long maxRejects, String maxRejectRate) {
		Long rejects = (maxRejects != null) ? maxRejects : job.maxRejects();
		// Both branches boxed: a job without max-reject-rate means no limit, not a crash.
		Double rate = (maxRejectRate != null) ? rate(maxRejectRate) : job.maxRejectRate();
		return new RejectThreshold(rejects, rate);
	}

	private static Double rate(String text) {
		String trimmed = text.strip();
		try {
			double value = trimmed.endsWith("%")
					? Double.parseDouble(trimmed.substring(0, trimmed.length() - 1).strip()) / 100
					: Double.parseDouble(trimmed);
			if (value < 0 || value > 1) {
				throw new NumberFormatException();
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw CommandError.usage("--max-reject-rate " + text + " is not a share of rows",
					"Give a percentage such as 5% or a fraction such as 0.05.");
		}
	}

}
