package closebatch.sandbox.resource;

import closebatch.sandbox.http.FieldErrors;
import closebatch.sandbox.http.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code attachments} of an opportunity (OpenAPI {@code AttachmentIn}): a list of
 * {@code {url, filename, content_type}}, stored in the shape of {@code Attachment}.
 */
final class OpportunityAttachments {

	private OpportunityAttachments() {
	}

	static ArrayNode read(JsonNode value, FieldErrors errors) {
		ArrayNode attachments = Json.array();
		if (value.isNull()) {
			return attachments;
		}
		if (!value.isArray()) {
			errors.field("attachments", "Input should be a valid list");
			return attachments;
		}
		int index = 0;
		for (JsonNode item : value) {
			FieldErrors itemErrors = new FieldErrors();
			ObjectNode attachment = attachments.addObject();
			for (String field : new String[] { "url", "filename" }) {
				if (!item.path(field).isString() || item.path(field).asString().isBlank()) {
					itemErrors.field(field, "This field is required.");
				}
			}
			attachment.put("content_type", item.path("content_type").asString(""));
			attachment.put("filename", item.path("filename").asString(null));
			attachment.putNull("size");
			attachment.putNull("thumbnail_url");
			attachment.put("url", item.path("url").asString(null));
			errors.nested("attachments", index++, itemErrors);
		}
		return attachments;
	}

}
