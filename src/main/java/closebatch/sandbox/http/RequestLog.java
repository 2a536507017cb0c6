package closebatch.sandbox.http;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import tools.jackson.databind.node.ObjectNode;

/**
 * Counts the API requests the sandbox received, by route and by status, so that tests can
 * check what a client sent (for example, that a re-run made no write request).
 */
public final class RequestLog {

	private final Map<String, LongAdder> byRoute = new ConcurrentHashMap<>();

	private final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();

	private final LongAdder writes = new LongAdder();

	private final LongAdder total = new LongAdder();

	/**
	 * @param method the effective method
	 * @param route the route template ({@code /lead/{id}/}), or the raw path if none
	 * matched
	 * @param status the status sent, or 0 when the connection was dropped
	 */
	public void record(String method, String route, int status) {
		this.total.increment();
		if (!method.equals("GET")) {
			this.writes.increment();
		}
		this.byRoute.computeIfAbsent(method + " " + route, key -> new LongAdder()).increment();
		this.byStatus.computeIfAbsent(status, key -> new LongAdder()).increment();
	}

	public void clear() {
		this.byRoute.clear();
		this.byStatus.clear();
		this.writes.reset();
		this.total.reset();
	}

	/** {@code {"total": n, "writes": n, "by_route": {...}, "by_status": {...}}}. */
	public ObjectNode toJson() {
		ObjectNode json = Json.object();
		json.put("total", this.total.sum());
		json.put("writes", this.writes.sum());
		ObjectNode routes = json.putObject("by_route");
		new TreeMap<>(this.byRoute).forEach((route, count) -> routes.put(route, count.sum()));
		ObjectNode statuses = json.putObject("by_status");
		new TreeMap<>(this.byStatus).forEach((status, count) -> statuses.put(status.toString(), count.sum()));
		return json;
	}

}
