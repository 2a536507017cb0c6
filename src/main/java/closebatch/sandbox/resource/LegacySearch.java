package closebatch.sandbox.resource;

import java.util.List;

import closebatch.sandbox.http.ApiRequest;

/**
 * The legacy lead search of {@code GET /lead/?query=…} and {@code GET /contact/?query=…},
 * which the search package evaluates on the Advanced Filtering engine (kept behind an
 * interface so that resources do not depend on search).
 */
@FunctionalInterface
public interface LegacySearch {

	/** The ids of the leads the query matches, in the query's order. */
	List<String> leadIds(String query, ApiRequest request);

}
