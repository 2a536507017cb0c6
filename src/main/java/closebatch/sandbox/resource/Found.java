package closebatch.sandbox.resource;

import closebatch.sandbox.http.ApiException;
import tools.jackson.databind.node.ObjectNode;

/** The 404 of every resource: an object that does not exist, named as Close names it. */
final class Found {

	private Found() {
	}

	/** The document, or a 404 {@code {"error": "<Object> not found."}} if it is null. */
	static ObjectNode require(ObjectNode doc, String objectName) {
		if (doc == null) {
			throw ApiException.notFound(objectName + " not found.");
		}
		return doc;
	}

}
