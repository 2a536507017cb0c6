package closebatch.checkpoint;

import java.net.URI;
import java.util.Objects;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What makes two runs of a job the same run: the job's name, the fingerprints of its
 * input and mapping, and the target's base URL, plus a run number that a fresh start
 * changes. Never an API key.
 *
 * <p>
 * Becomes the job parameters: every field but the tool version is identifying, so Spring
 * Batch resumes a failed run only when all of them are equal.
 *
 * @param jobName the job's name (the Spring Batch job name)
 * @param inputFingerprint SHA-256 of the input file, or {@code null} when the job reads
 * no file (an export)
 * @param mappingFingerprint SHA-256 of the mapping, or {@code null} when it has none
 * @param target the target's base URL; it must not carry credentials
 * @param toolVersion the closebatch version that runs it (recorded, not identifying)
 */
public record RunIdentity(String jobName, String inputFingerprint, String mappingFingerprint, String target,
		String toolVersion) {

	/** The parameter holding {@link #inputFingerprint()}. */
	public static final String INPUT_FINGERPRINT = "input.fingerprint";

	/** The parameter holding {@link #mappingFingerprint()}. */
	public static final String MAPPING_FINGERPRINT = "mapping.fingerprint";

	/** The parameter holding {@link #target()}. */
	public static final String TARGET = "target";

	/** The parameter that tells fresh starts of the same inputs apart. */
	public static final String RUN_NUMBER = "run.number";

	/** The parameter holding {@link #toolVersion()}. */
	public static final String TOOL_VERSION = "tool.version";

	public RunIdentity {
		LedgerKey.requireText(jobName, "jobName");
		LedgerKey.requireText(target, "target");
		Objects.requireNonNull(toolVersion, "toolVersion");
		URI uri = URI.create(target);
		if (uri.getRawUserInfo() != null || uri.getRawQuery() != null) {
			throw new IllegalArgumentException("The target must be a plain base URL, without credentials or a query");
		}
	}

	/** The job parameters of run {@code runNumber} of this identity. */
	public JobParameters toJobParameters(long runNumber) {
		JobParametersBuilder parameters = new JobParametersBuilder();
		if (this.inputFingerprint != null) {
			parameters.addString(INPUT_FINGERPRINT, this.inputFingerprint);
		}
		if (this.mappingFingerprint != null) {
			parameters.addString(MAPPING_FINGERPRINT, this.mappingFingerprint);
		}
		return parameters.addString(TARGET, this.target)
			.addLong(RUN_NUMBER, runNumber)
			.addString(TOOL_VERSION, this.toolVersion, false)
			.toJobParameters();
	}

}
