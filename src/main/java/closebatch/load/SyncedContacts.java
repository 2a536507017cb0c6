package closebatch.load;

import java.util.Map;
import java.util.Set;

import closebatch.report.RowError;

/**
 * What writing a lead's contacts did, by each contact's match key.
 *
 * @param ids the Close id of each contact written or found
 * @param changed the contacts created or updated
 * @param refused the contacts Close refused, with why
 * @param created how many contacts were created
 * @param updated how many contacts were updated
 */
record SyncedContacts(Map<String, String> ids, Set<String> changed, Map<String, RowError> refused, int created,
		int updated) {

	SyncedContacts {
		ids = Map.copyOf(ids);
		changed = Set.copyOf(changed);
		refused = Map.copyOf(refused);
	}

}
