package closebatch.export;

import java.util.Iterator;
import java.util.List;

import closebatch.close.CloseClient;
import closebatch.close.ValidationException;
import closebatch.close.model.SearchPage;
import closebatch.error.SourceLocation;
import closebatch.error.UserInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The results of a search, read past the API's limits: {@code /data/search/} sorted on
 * {@code date_created} ascending, in pages of {@code _limit}, following cursors.
 *
 * <p>
 * When a query ends (at its last page or at the 10,000-result cap) or its cursor expires,
 * a new query continues: the user's query AND {@code date_created} on or after the last
 * object seen, the objects already seen at that instant skipped ({@link CreationOrder}).
 * The export is complete when such a query finds nothing new, which costs one query more
 * than the pages themselves.
 */
final class SearchObjects implements ExportedObjects {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	/** Close's cap on the results of one query. */
	static final int CLOSE_RESULT_CAP = 10_000;

	private final CloseClient client;

	private final JsonNode userQuery;

	private final String objectType;

	private final List<String> apiFields;

	private final int pageSize;

	private final CreationOrder order;

	private final String job;

	private ObjectNode request;

	private Iterator<JsonNode> page;

	private String cursor;

	private long received;

	private boolean newInQuery;

	private boolean finished;

	private int queries;

	private int expiredCursors;

	/**
	 * @param resumeAfter the {@code date_created} up to which an earlier run wrote every
	 * object, or null to start at the beginning
	 */
	SearchObjects(CloseClient client, SearchSpec spec, int pageSize, String resumeAfter) {
		this.client = client;
		this.userQuery = spec.query();
		this.objectType = spec.objectType();
		this.apiFields = spec.apiFields();
		this.pageSize = pageSize;
		this.job = spec.job();
		this.order = new CreationOrder(resumeAfter);
	}

	@Override
	public JsonNode next() {
		while (true) {
			if (this.page != null && this.page.hasNext()) {
				JsonNode object = this.page.next();
				this.received++;
				if (this.order.accept(object)) {
					this.newInQuery = true;
					return object;
				}
				continue;
			}
			if (this.finished) {
				return null;
			}
			if (this.request == null) {
				startQuery();
			}
			else if (this.cursor != null) {
				nextPage();
			}
			else {
				endQuery();
			}
		}
	}

	/** How many queries were started (the first and each continuation). */
	int queries() {
		return this.queries;
	}

	/** How many times a cursor had expired and a new query took over. */
	int expiredCursors() {
		return this.expiredCursors;
	}

	private void endQuery() {
		if (this.newInQuery) {
			startQuery();
		}
		else if (this.received >= CLOSE_RESULT_CAP) {
			throw new UserInputException(ExportError.TOO_MANY_TIES, SourceLocation.of(this.job),
					"more than " + this.received + " objects were created at " + this.order.lowerBound());
		}
		else {
			this.finished = true;
		}
	}

	private void startQuery() {
		this.queries++;
		this.request = JSON.objectNode();
		this.request.set("query", query(this.order.lowerBound()));
		this.request.set("_fields", JSON.objectNode().set(this.objectType, fieldList()));
		this.request.set("sort",
				JSON.arrayNode().add(JSON.objectNode().put("direction", "asc").set("field", dateCreated())));
		this.request.put("_limit", this.pageSize);
		this.received = 0;
		this.newInQuery = false;
		accept(this.client.search(this.request));
	}

	private void nextPage() {
		try {
			accept(this.client.search(new SearchPage(List.of(), this.cursor).nextRequest(this.request)));
		}
		catch (ValidationException ex) {
			if (!isExpiredCursor(ex)) {
				throw ex;
			}
			this.expiredCursors++;
			startQuery();
		}
	}

	private void accept(SearchPage answer) {
		this.page = answer.data().iterator();
		this.cursor = answer.cursor();
	}

	private static boolean isExpiredCursor(ValidationException ex) {
		String cursorError = ex.fieldErrors().get("cursor");
		return cursorError != null;
	}

	private JsonNode query(String lowerBound) {
		ArrayNode queries = JSON.arrayNode();
		queries.add(JSON.objectNode().put("type", "object_type").put("object_type", this.objectType));
		queries.add(this.userQuery);
		if (lowerBound != null) {
			ObjectNode condition = JSON.objectNode().put("type", "moment_range");
			condition.set("on_or_after", JSON.objectNode().put("type", "fixed_utc").put("value", lowerBound));
			queries.add(JSON.objectNode().put("type", "field_condition").set("field", dateCreated()));
			((ObjectNode) queries.get(queries.size() - 1)).set("condition", condition);
		}
		return JSON.objectNode().put("type", "and").set("queries", queries);
	}

	private ObjectNode dateCreated() {
		return JSON.objectNode()
			.put("type", "regular_field")
			.put("object_type", this.objectType)
			.put("field_name", "date_created");
	}

	private ArrayNode fieldList() {
		ArrayNode fields = JSON.arrayNode();
		this.apiFields.forEach(fields::add);
		return fields;
	}

}
