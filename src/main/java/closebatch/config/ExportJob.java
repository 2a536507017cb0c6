package closebatch.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * An export job: run a search and write what it finds to a file.
 *
 * @param name the job's name
 * @param query the search query as JSON text, or {@code null} when {@code queryFile} is
 * set
 * @param queryFile a file holding the query, or {@code null} when {@code query} is set
 * @param objectType what to export ({@code lead}, {@code contact}, ...)
 * @param fields the fields to export, in column order (empty: the default fields)
 * @param sort the sort fields, a leading {@code -} for descending
 * @param output the file to write
 */
public record ExportJob(String name, String query, Path queryFile, String objectType, List<String> fields,
		List<String> sort, OutputSpec output) implements JobDefinition {

	public ExportJob {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(objectType, "objectType");
		Objects.requireNonNull(output, "output");
		if ((query == null) == (queryFile == null)) {
			throw new IllegalArgumentException("an export needs exactly one of query and query file");
		}
		fields = List.copyOf(fields);
		sort = List.copyOf(sort);
	}

}
