package closebatch.config;

/**
 * One job from {@code jobs/<name>.yaml}: either an import or an export.
 */
public sealed interface JobDefinition permits ImportJob, ExportJob {

	/** The job's name: its file name without {@code .yaml}. */
	String name();

}
