package closebatch.sandbox.search;

import java.time.ZoneOffset;
import java.util.List;

import closebatch.sandbox.http.ApiException;
import closebatch.sandbox.http.ApiRequest;
import closebatch.sandbox.resource.LegacySearch;
import closebatch.sandbox.resource.Views;
import closebatch.sandbox.store.SandboxStore;

/**
 * Evaluates a {@link LegacyQuery} as {@code /data/search/} evaluates its queries: parsed
 * and checked by the same {@link QueryParser}, then matched and sorted by the same
 * engine, without the result cap (the legacy search pages with {@code _skip}).
 */
public final class LegacyLeadSearch implements LegacySearch {

	private final SandboxStore store;

	private final Views views;

	public LegacyLeadSearch(SandboxStore store, Views views) {
		this.store = store;
		this.views = views;
	}

	@Override
	public List<String> leadIds(String text, ApiRequest request) {
		LegacyQuery legacy = LegacyQuery.parse(text, this.store);
		QueryParser parser = new QueryParser(this.store);
		SearchQuery query = parser.query(legacy.query(), "query");
		ResultOrder order = ResultOrder.parse(legacy.sort(), parser);
		SearchSnapshot snapshot = SearchSnapshot.take(query, order, null, Integer.MAX_VALUE, context(request));
		if (legacy.slice() == null) {
			return snapshot.ids();
		}
		return snapshot.ids().stream().filter(legacy.slice()::contains).toList();
	}

	private EvaluationContext context(ApiRequest request) {
		double hours = request.tzOffsetHours();
		if (Math.abs(hours) > 18) {
			throw ApiException.badRequest("Invalid x-tz-offset header: " + hours);
		}
		return new EvaluationContext(this.store, this.views, request.caller().userId(),
				ZoneOffset.ofTotalSeconds((int) Math.round(hours * 3600)), this.store.timestamps().instant());
	}

}
