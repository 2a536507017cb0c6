package closebatch.sandbox.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;

/**
 * The results of one query, fixed when its first page is asked for: the ids of the
 * objects to page through, in order, and the counts.
 *
 * <p>
 * Every page of the query reads from the same snapshot, so objects created, changed or
 * deleted while a client pages cannot make it see an object twice or skip one; objects
 * created after the first page are found by the next query (as Close's search index also
 * lags writes). A page renders the objects as they are when it is asked for, and leaves
 * out those deleted since.
 *
 * @param ids the ids to page through: at most {@code results_limit} and the cap
 * @param total how many objects match the query
 * @param limited how many of them {@code results_limit} lets through
 */
record SearchSnapshot(List<String> ids, int total, int limited) {

	/** Evaluates a query over the leads and contacts it can match. */
	static SearchSnapshot take(SearchQuery query, ResultOrder order, Integer resultsLimit, int cap,
			EvaluationContext context) {
		Set<ObjectKind> kinds = query.possibleKinds();
		List<Candidate> matches = new ArrayList<>();
		for (ObjectKind kind : kinds) {
			for (ObjectNode doc : context.store().newestFirst(kind.storeKind())) {
				Candidate candidate = Candidate.stored(kind, doc);
				if (query.matches(candidate, context)) {
					matches.add(candidate);
				}
			}
		}
		List<String> ordered = (order.isNewestFirst() && kinds.size() == 1)
				? matches.stream().map(Candidate::id).toList() : order.sort(matches, context);
		int total = ordered.size();
		int limited = (resultsLimit == null) ? total : Math.min(total, resultsLimit);
		return new SearchSnapshot(List.copyOf(ordered.subList(0, Math.min(limited, cap))), total, limited);
	}

}
