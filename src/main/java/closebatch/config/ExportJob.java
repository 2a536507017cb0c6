package closebatch.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * An export job: run a search, or page through a list endpoint, and write what it finds
 * to a file; or export every lead and object of the organization into a folder.
 *
 * @param name the job's name
 * @param query the search query as JSON text, or {@code null} when {@code queryFile} or
 * {@code list} is set
 * @param queryFile a file holding the query, or {@code null} when {@code query} or
 * {@code list} is set
 * @param list the list endpoint to export, or {@code null} for a search export
 * @param everything the folder an export of the whole organization writes, or
 * {@code null} for an export of one search or list
 * @param objectType what a search exports ({@code lead} or {@code contact}); for a list
 * export, the endpoint's object type; {@code everything} for a folder
 * @param fields the fields to export, in column order (empty: the default fields)
 * @param sort the sort fields, a leading {@code -} for descending
 * @param output the file to write and how to write it (for a folder: the folder and its
 * files' format)
 */
public record ExportJob(String name, String query, Path queryFile, ListSource list, ExportFolder everything,
		String objectType, List<String> fields, List<String> sort, OutputSpec output) implements JobDefinition {

	/** The object type of an export of everything. */
	public static final String EVERYTHING = "everything";

	public ExportJob {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(objectType, "objectType");
		Objects.requireNonNull(output, "output");
		int sources = ((query != null) ? 1 : 0) + ((queryFile != null) ? 1 : 0) + ((list != null) ? 1 : 0)
				+ ((everything != null) ? 1 : 0);
		if (sources != 1) {
			throw new IllegalArgumentException("an export needs exactly one of query, query file, list and everything");
		}
		fields = List.copyOf(fields);
		sort = List.copyOf(sort);
	}

	/** A search export with the default output options. */
	public ExportJob(String name, String query, Path queryFile, String objectType, List<String> fields,
			List<String> sort, OutputSpec output) {
		this(name, query, queryFile, null, null, objectType, fields, sort, output);
	}

	/** An export of every lead and object of the organization into a folder. */
	public static ExportJob everything(String name, ExportFolder folder) {
		return new ExportJob(name, null, null, null, folder, EVERYTHING, List.of(), List.of(),
				new OutputSpec(folder.folder(), folder.format()));
	}

	/**
	 * Whether this job reads {@code /data/search/} (else a list endpoint or everything).
	 */
	public boolean isSearch() {
		return this.list == null && this.everything == null;
	}

}
