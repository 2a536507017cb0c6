package closebatch.load;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import closebatch.close.CloseClient;
import closebatch.close.Query;
import closebatch.mapping.MappingError;
import closebatch.mapping.ObjectMapper;
import closebatch.mapping.ObjectType;
import tools.jackson.databind.JsonNode;

/**
 * The organization's names an object mapping uses beside its custom fields, resolved to
 * Close ids once per step: users by email, opportunity statuses by label, and a custom
 * activity type by name.
 *
 * @param fields the custom fields (and the lead's hidden key field)
 * @param userIds user ids by lower-cased email
 * @param statusIds opportunity status ids by lower-cased label; a label several pipelines
 * share maps to several ids
 * @param statusLabels the labels as Close spells them, for messages
 * @param customActivityTypeId the custom activity type's id, or {@code null}
 */
public record ObjectSchema(CloseSchema fields, Map<String, String> userIds, Map<String, List<String>> statusIds,
		List<String> statusLabels, String customActivityTypeId) {

	public ObjectSchema {
		userIds = Map.copyOf(userIds);
		statusIds = Map.copyOf(statusIds);
		statusLabels = List.copyOf(statusLabels);
	}

	/**
	 * Resolves what the mapping names.
	 * @throws MappingError if the mapping names a custom activity type the organization
	 * lacks
	 */
	public static ObjectSchema resolve(CloseClient client, ObjectMapper mapper, CloseSchema fields) {
		Map<String, String> users = new HashMap<>();
		client.listAll("user/", Query.empty())
			.forEach((user) -> users.putIfAbsent(user.path("email").asString("").toLowerCase(Locale.ROOT),
					user.path("id").asString()));
		Map<String, List<String>> statuses = Map.of();
		List<String> labels = List.of();
		if (mapper.type() == ObjectType.OPPORTUNITY) {
			List<JsonNode> all = client.get("status/opportunity/").path("data").values().stream().toList();
			statuses = all.stream()
				.collect(Collectors.groupingBy((status) -> status.path("label").asString("").toLowerCase(Locale.ROOT),
						Collectors.mapping((status) -> status.path("id").asString(), Collectors.toList())));
			labels = all.stream().map((status) -> status.path("label").asString("")).distinct().toList();
		}
		String typeId = null;
		if (mapper.customActivityType() != null) {
			typeId = client.listAll("custom_activity/", Query.empty())
				.filter((type) -> mapper.customActivityType().equals(type.path("name").asString("")))
				.map((type) -> type.path("id").asString())
				.findFirst()
				.orElseThrow(() -> new MappingError(mapper.typeLocation(),
						"Close has no custom activity type named '" + mapper.customActivityType() + "'",
						"create it in Close (Settings > Custom Activities)"));
		}
		return new ObjectSchema(fields, users, statuses, labels, typeId);
	}

	/** The id of the user with this email, compared without case. */
	Optional<String> userId(String email) {
		return Optional.ofNullable(this.userIds.get(email.toLowerCase(Locale.ROOT)));
	}

	/** The ids of the opportunity statuses with this label, compared without case. */
	List<String> statusIds(String label) {
		return this.statusIds.getOrDefault(label.strip().toLowerCase(Locale.ROOT), List.of());
	}

}
