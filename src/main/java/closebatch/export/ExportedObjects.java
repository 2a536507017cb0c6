package closebatch.export;

import tools.jackson.databind.JsonNode;

/**
 * The objects an export reads, oldest {@code date_created} first, each once; resumable
 * after any {@code date_created} already written in full.
 */
interface ExportedObjects {

	/** The next object, or null after the last. */
	JsonNode next();

	/**
	 * What groups objects into one commit: their {@code date_created}, which a resumed
	 * read starts after.
	 */
	default String groupKey(JsonNode object) {
		return object.path("date_created").asString();
	}

}
