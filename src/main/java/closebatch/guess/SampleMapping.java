package closebatch.guess;

import java.util.Map;
import java.util.TreeMap;

import closebatch.mapping.MappingLoader;
import closebatch.mapping.MappedRow;
import closebatch.mapping.RowMapper;
import closebatch.mapping.Rejection;
import closebatch.source.SourceRow;

/**
 * A guessed mapping tried on the rows it was guessed from, as an import will map them: it
 * compiles, and these rows map, or are rejected for these columns.
 *
 * @param mapped rows that map to a lead
 * @param rejected rows rejected, by the column their rejection names
 */
public record SampleMapping(long mapped, Map<String, Long> rejected) {

	public SampleMapping {
		rejected = Map.copyOf(rejected);
	}

	/**
	 * Compiles a mapping against the sample's header and maps every row of it.
	 * @param yaml the mapping file's text
	 * @param source the mapping file's name, for errors
	 * @param sample the rows
	 * @return how the rows fared
	 * @throws closebatch.mapping.MappingError if the mapping does not compile
	 */
	public static SampleMapping of(String yaml, String source, FileSample sample) {
		RowMapper mapper = MappingLoader.load(yaml, source, sample.header().names());
		long mapped = 0;
		Map<String, Long> rejected = new TreeMap<>();
		for (SourceRow row : sample.rows()) {
			MappedRow result = mapper.map(row.number(), row.values());
			if (result instanceof Rejection rejection) {
				rejected.merge(rejection.column(), 1L, Long::sum);
			}
			else {
				mapped++;
			}
		}
		return new SampleMapping(mapped, rejected);
	}

}
