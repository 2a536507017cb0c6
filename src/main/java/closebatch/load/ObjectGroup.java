package closebatch.load;

import java.util.List;
import java.util.Objects;

import closebatch.mapping.ObjectRecord;

/**
 * The rows of one chunk that make one object of a lead: the first row's values, every
 * row's number.
 *
 * @param key the object's identity
 * @param object the object the rows make
 */
record ObjectGroup(RecordKey key, ObjectRecord object) {

	ObjectGroup {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(object, "object");
	}

	static ObjectGroup of(RecordKey key, List<ObjectRecord> rows) {
		List<Long> numbers = rows.stream().flatMap((row) -> row.rowNumbers().stream()).toList();
		return new ObjectGroup(key, rows.get(0).withRows(numbers));
	}

}
