package closebatch.job;

import java.util.Set;
import java.util.TreeSet;

import closebatch.config.ImportJob;
import closebatch.config.ImportStep;
import closebatch.config.YamlLocation;
import closebatch.mapping.MappedRow;
import closebatch.mapping.MappingError;
import closebatch.mapping.PhoneNumberMapper;
import closebatch.mapping.PhoneNumberRecord;
import closebatch.mapping.RowMapper;
import closebatch.source.SourceFile;
import closebatch.source.SourceRow;
import closebatch.source.SourceRows;

/**
 * What a job's type asks of its mappings: a {@code phone-numbers} job loads through a
 * phone-numbers mapping, and an {@code import} job never does; and the users a
 * phone-numbers file names.
 */
final class MappingKinds {

	private MappingKinds() {
	}

	/**
	 * Refuses a mapping of another kind than the job's, before anything is read.
	 * @throws MappingError at the mapping file's first line
	 */
	static void check(ImportJob job, ImportStep step, RowMapper mapper) {
		boolean phoneNumbers = mapper instanceof PhoneNumberMapper;
		if (phoneNumbers == (job.kind() == ImportJob.Kind.PHONE_NUMBERS)) {
			return;
		}
		YamlLocation top = new YamlLocation(step.mapping().toString(), 1, 1);
		throw phoneNumbers
				? new MappingError(top, "a 'phone_number' mapping loads phone numbers, and the job is 'type: import'",
						"write 'type: phone-numbers' in the job")
				: new MappingError(top,
						"the job is 'type: phone-numbers', and this mapping has no 'phone_number' block",
						"map the columns to phone number fields under 'phone_number:' (see mappings/phone-numbers.yaml)");
	}

	/** The users (emails, lower case) whose numbers a phone-numbers file names. */
	static Set<String> users(SourceFile file, RowMapper mapper) {
		Set<String> users = new TreeSet<>();
		try (SourceRows rows = file.open()) {
			while (rows.hasNext()) {
				SourceRow row = rows.next();
				if (!row.isBlank() && !row.isRejected()) {
					MappedRow mapped = mapper.map(row.number(), row.values());
					if (mapped instanceof PhoneNumberRecord number && number.user() != null) {
						users.add(number.user());
					}
				}
			}
		}
		return users;
	}

}
