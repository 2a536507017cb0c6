package closebatch.sandbox.store;

import tools.jackson.databind.node.ObjectNode;

/**
 * One document written ({@code doc} set) or deleted ({@code doc} null) by a transaction.
 */
record Change(Kind kind, String id, ObjectNode doc) {

	boolean isDelete() {
		return this.doc == null;
	}

}
