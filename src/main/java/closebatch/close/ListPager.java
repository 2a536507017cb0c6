package closebatch.close;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

import closebatch.close.model.ListPage;
import tools.jackson.databind.JsonNode;

/**
 * Walks a list endpoint's objects, fetching the next page only when the current one is
 * used up: {@code _skip} advances by each page's size while {@code has_more} is true.
 */
final class ListPager implements Iterator<JsonNode> {

	private final IntFunction<ListPage> fetch;

	private Iterator<JsonNode> page = List.<JsonNode>of().iterator();

	private int skip;

	private boolean more = true;

	/**
	 * @param query the first page's query; its {@code _skip}, if any, is where to start
	 * @param fetch the page that starts after skipping this many objects
	 */
	ListPager(Query query, IntFunction<ListPage> fetch) {
		this.fetch = fetch;
		this.skip = (query.get("_skip") == null) ? 0 : Integer.parseInt(query.get("_skip"));
	}

	@Override
	public boolean hasNext() {
		while (!this.page.hasNext() && this.more) {
			ListPage next = this.fetch.apply(this.skip);
			this.skip += next.data().size();
			this.more = next.hasMore() && !next.data().isEmpty();
			this.page = next.data().iterator();
		}
		return this.page.hasNext();
	}

	@Override
	public JsonNode next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		return this.page.next();
	}

}
