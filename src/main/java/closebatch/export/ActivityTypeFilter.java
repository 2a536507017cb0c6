package closebatch.export;

import tools.jackson.databind.JsonNode;

/**
 * The custom activities of one type among those of a list of all types: Close filters
 * {@code /activity/custom/} by type only for a single lead, so the type is chosen here.
 */
final class ActivityTypeFilter implements ExportedObjects {

	private final ExportedObjects all;

	private final String typeId;

	ActivityTypeFilter(ExportedObjects all, String typeId) {
		this.all = all;
		this.typeId = typeId;
	}

	@Override
	public JsonNode next() {
		JsonNode object;
		do {
			object = this.all.next();
		}
		while (object != null && !this.typeId.equals(object.path("custom_activity_type_id").asString("")));
		return object;
	}

	@Override
	public String groupKey(JsonNode object) {
		return this.all.groupKey(object);
	}

}
