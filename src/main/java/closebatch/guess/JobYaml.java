package closebatch.guess;

import closebatch.source.CsvFile;
import closebatch.source.SourceFile;
import closebatch.source.XlsxFile;

/**
 * Writes the import job of a guessed mapping, commented as {@code jobs/import-leads.yaml}
 * is.
 */
public final class JobYaml {

	private JobYaml() {
	}

	/**
	 * The job file's text.
	 * @param file the input, named as the job will name it
	 * @param mapping the mapping file, as the job will name it
	 * @param schema the path of {@code job.schema.json} relative to the job's folder
	 * @param job the job as {@code closebatch run} names it: its name, or its file
	 * @return the YAML
	 */
	public static String render(SourceFile file, String mapping, String schema, String job) {
		StringBuilder yaml = new StringBuilder();
		yaml.append("# yaml-language-server: $schema=").append(schema).append('\n');
		yaml.append("# Imports ").append(file.label()).append(" as Close leads through ").append(mapping).append(",\n");
		yaml.append("# both guessed by 'closebatch mapping init'.\n");
		yaml.append("# Check: ./closebatch validate ").append(job).append("    Run: ./closebatch run ").append(job);
		yaml.append(" [--dry-run]\n");
		yaml.append("type: import\n");
		yaml.append("input:\n");
		yaml.append("  path: ").append(Yaml.scalar(file.path().toString()));
		yaml.append("   # relative to the directory closebatch runs in\n");
		if (file instanceof CsvFile csv) {
			yaml.append("  format: csv\n");
			yaml.append("  encoding: ").append(csv.encoding().name()).append('\n');
			yaml.append("  # delimiter: \";\"          # detected when absent\n");
		}
		else if (file instanceof XlsxFile xlsx) {
			yaml.append("  format: xlsx\n");
			yaml.append("  sheet: ").append(Yaml.scalar(xlsx.sheetName())).append('\n');
		}
		yaml.append("mapping: ").append(Yaml.scalar(mapping)).append('\n');
		yaml.append("chunk-size: 100             # records (keys) per committed chunk\n");
		yaml.append("# concurrency: 32           # the most records in flight; adapts below it\n");
		yaml.append("# max-rejects: 50           # fail the run past 50 rejected rows\n");
		yaml.append("# max-reject-rate: 5%       # ... or past 5% of the rows read\n");
		return yaml.toString();
	}

}
