package closebatch.sandbox.resource;

import closebatch.sandbox.http.Caller;
import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.Timestamps;
import closebatch.sandbox.store.Transaction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Who created and last updated an object, and when.
 *
 * <p>
 * A create may carry a historical {@code date_created} and {@code created_by}, as Close's
 * own migration scripts send them; both are checked, then kept.
 */
final class Stamps {

	private Stamps() {
	}

	/**
	 * Sets the creation and update stamps, taking historical ones from {@code input} if
	 * it has them.
	 */
	static void created(Transaction tx, ObjectNode input, ObjectNode doc, Caller caller, FieldErrors errors) {
		String now = tx.timestamps().now();
		String dateCreated = now;
		String createdBy = caller.userId();
		JsonNode historicalDate = input.path("date_created");
		if (historicalDate.isString()) {
			dateCreated = Timestamps.parseDateTime(historicalDate.asString()).map(Timestamps::format).orElse(null);
			if (dateCreated == null) {
				errors.field("date_created", "Input should be a valid datetime");
				dateCreated = now;
			}
		}
		JsonNode historicalUser = input.path("created_by");
		if (historicalUser.isString()) {
			if (tx.get(Kind.USER, historicalUser.asString()) == null) {
				errors.field("created_by", "User does not exist.");
			}
			else {
				createdBy = historicalUser.asString();
			}
		}
		doc.put("date_created", dateCreated);
		doc.put("date_updated", now);
		doc.put("created_by", createdBy);
		doc.put("updated_by", caller.userId());
	}

	static void updated(Transaction tx, ObjectNode doc, Caller caller) {
		doc.put("date_updated", tx.timestamps().now());
		doc.put("updated_by", caller.userId());
	}

}
