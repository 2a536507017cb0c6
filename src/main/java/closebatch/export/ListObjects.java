package closebatch.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import closebatch.close.CloseClient;
import closebatch.close.Query;
import closebatch.close.model.ListPage;
import closebatch.config.ListSource;
import tools.jackson.databind.JsonNode;

/**
 * The objects of a list endpoint, oldest {@code date_created} first.
 *
 * <p>
 * Opportunities, tasks and activities are read in windows: ordered by
 * {@code date_created} and filtered with {@code date_created__gte} the last one seen,
 * paged with {@code _skip} only up to {@link #SKIP_BUDGET} before the next window starts
 * where the last ended, so no request comes near the endpoint's {@code _skip} cap. Other
 * lists (phone numbers, statuses, custom fields) are small and some of their objects have
 * no {@code date_created}: they are read whole, ordered by id, and committed as one
 * group.
 */
final class ListObjects implements ExportedObjects {

	/** The group key of a list read whole. */
	static final String WHOLE_LIST = "whole-list";

	/** How far one window pages with {@code _skip}. */
	static final int SKIP_BUDGET = 5_000;

	/** Close pages activities by at most 100. */
	private static final int ACTIVITY_PAGE = 100;

	private final CloseClient client;

	private final ListSource source;

	private final int pageSize;

	private final CreationOrder order;

	private final boolean alreadyWritten;

	private final boolean windowed;

	private final int skipBudget;

	private Iterator<JsonNode> page;

	private int skip;

	private String windowStart;

	private boolean hasMore = true;

	private boolean newInWindow;

	private boolean started;

	private boolean finished;

	ListObjects(CloseClient client, ListSource source, int pageSize, String resumeAfter) {
		this(client, source, pageSize, resumeAfter, SKIP_BUDGET);
	}

	/**
	 * Reads with a skip budget of its own (tests use a small one).
	 * @param skipBudget how far one window pages with {@code _skip}
	 */
	ListObjects(CloseClient client, ListSource source, int pageSize, String resumeAfter, int skipBudget) {
		this.client = client;
		this.skipBudget = skipBudget;
		this.source = source;
		this.windowed = isWindowed(source.endpoint());
		this.pageSize = source.endpoint().startsWith("activity") ? Math.min(pageSize, ACTIVITY_PAGE) : pageSize;
		this.alreadyWritten = WHOLE_LIST.equals(resumeAfter);
		this.order = new CreationOrder(this.windowed ? resumeAfter : null);
	}

	@Override
	public String groupKey(JsonNode object) {
		return this.windowed ? object.path("date_created").asString() : WHOLE_LIST;
	}

	/** Whether the endpoint filters and orders by {@code date_created}. */
	static boolean isWindowed(String endpoint) {
		return endpoint.startsWith("opportunity") || endpoint.startsWith("task") || endpoint.startsWith("activity");
	}

	@Override
	public JsonNode next() {
		while (true) {
			if (this.page != null && this.page.hasNext()) {
				JsonNode object = this.page.next();
				if (!this.windowed || this.order.accept(object)) {
					this.newInWindow = true;
					return object;
				}
				continue;
			}
			if (this.finished) {
				return null;
			}
			if (!this.windowed) {
				this.page = this.alreadyWritten ? null : wholeList().iterator();
				this.finished = true;
			}
			else if (!this.started) {
				startWindow();
			}
			else if (this.hasMore && this.skip < this.skipBudget) {
				fetch();
			}
			else if (this.hasMore && this.newInWindow) {
				startWindow();
			}
			else if (this.hasMore) {
				throw new IllegalStateException("More than " + this.skipBudget + " objects of " + this.source.endpoint()
						+ " were created at " + this.order.lowerBound());
			}
			else {
				this.finished = true;
			}
		}
	}

	private void startWindow() {
		this.started = true;
		this.skip = 0;
		this.windowStart = this.order.lowerBound();
		this.newInWindow = false;
		fetch();
	}

	private void fetch() {
		Query query = base().with("_order_by", "date_created").limit(this.pageSize).skip(this.skip);
		if (this.windowStart != null) {
			query = query.with("date_created__gte", this.windowStart);
		}
		ListPage answer = this.client.list(path(), query);
		this.page = answer.data().iterator();
		this.skip += answer.data().size();
		this.hasMore = answer.hasMore() && !answer.data().isEmpty();
	}

	private List<JsonNode> wholeList() {
		List<JsonNode> all = new ArrayList<>();
		this.client.listAll(path(), base().limit(this.pageSize)).forEach(all::add);
		all.sort(Comparator.comparing((JsonNode object) -> object.path("id").asString("")));
		return all;
	}

	private Query base() {
		Query query = Query.empty();
		for (Map.Entry<String, String> filter : this.source.filters().entrySet()) {
			query = query.with(filter.getKey(), filter.getValue());
		}
		return query;
	}

	private String path() {
		return this.source.endpoint() + "/";
	}

}
