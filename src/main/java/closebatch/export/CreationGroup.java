package closebatch.export;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The objects read with one {@code date_created}: the unit an export commits, so a saved
 * position never falls between two objects created at the same instant.
 *
 * @param dateCreated their {@code date_created}, as the API wrote it
 * @param objects the objects, in the order read
 */
record CreationGroup(String dateCreated, List<JsonNode> objects) {

	CreationGroup {
		objects = List.copyOf(objects);
	}

	/** The id of the group's last object. */
	String lastId() {
		return this.objects.get(this.objects.size() - 1).path("id").asString();
	}

}
