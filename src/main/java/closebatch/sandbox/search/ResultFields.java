package closebatch.sandbox.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

import closebatch.sandbox.resource.FieldSelection;

/**
 * The {@code _fields} a search returns for one object type, and whether the stored
 * document alone can supply them.
 *
 * <p>
 * Rendering a lead means looking up its contacts, opportunities, tasks, status and users;
 * when every requested field is one the REST view returns exactly as stored (plain fields
 * and custom values), a page is built from the stored documents instead, which keeps
 * paging through thousands of leads cheap.
 *
 * @param selection the selection, applied to the view or the stored document
 * @param fromStored whether the stored document holds every requested field as rendered
 */
record ResultFields(FieldSelection selection, boolean fromStored) {

	/**
	 * Fields the views of leads and contacts return unchanged from the stored document.
	 */
	private static final Map<ObjectKind, Set<String>> STORED_AS_RENDERED = Map.of(ObjectKind.LEAD,
			Set.of("id", "organization_id", "name", "description", "url", "status_id", "addresses", "date_created",
					"date_updated", "created_by", "updated_by"),
			ObjectKind.CONTACT, Set.of("id", "organization_id", "lead_id", "name", "title", "phones", "urls",
					"date_created", "date_updated", "created_by", "updated_by"));

	static ResultFields of(ObjectKind kind, List<String> names) {
		Set<String> stored = STORED_AS_RENDERED.get(kind);
		boolean fromStored = names.stream()
			.map(String::trim)
			.allMatch(name -> name.isEmpty() || stored.contains(name) || name.equals("custom")
					|| name.startsWith("custom."));
		return new ResultFields(FieldSelection.of(names), fromStored);
	}

}
