package closebatch.sandbox.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a method and a path template such as {@code /lead/{id}/} to a handler.
 *
 * <p>
 * Templates are matched in the order they were added, so a literal path
 * ({@code /lead/merge/}) must be added before a template that would also match it
 * ({@code /lead/{id}/}).
 */
public final class Router {

	/** Handles one matched request. */
	@FunctionalInterface
	public interface Handler {

		ApiResponse handle(ApiRequest request);

	}

	private record Route(String method, String template, Pattern pattern, List<String> variables, String group,
			Set<String> parameters, Handler handler) {
	}

	/**
	 * The outcome of routing: a handler with its path variables, template, endpoint group
	 * and the query parameters it implements.
	 */
	public record Match(Handler handler, Map<String, String> variables, String template, String group,
			Set<String> parameters) {
	}

	/** A route as a client sees it: a method and a path template. */
	public record Endpoint(String method, String template) {
	}

	private static final Pattern VARIABLE = Pattern.compile("\\{([a-z_]+)}");

	private final List<Route> routes = new ArrayList<>();

	/**
	 * Adds a route that takes no query parameters.
	 * @param group the endpoint group it is rate-limited in, e.g. {@code lead:write}
	 */
	public Router add(String method, String template, String group, Handler handler) {
		return add(method, template, group, Set.of(), handler);
	}

	/**
	 * Adds a route.
	 * @param group the endpoint group it is rate-limited in, e.g. {@code lead:write}
	 * @param parameters the query parameters the handler implements; any other is refused
	 * before the handler runs
	 */
	public Router add(String method, String template, String group, Set<String> parameters, Handler handler) {
		List<String> variables = new ArrayList<>();
		Matcher matcher = VARIABLE.matcher(template);
		StringBuilder regex = new StringBuilder();
		int last = 0;
		while (matcher.find()) {
			regex.append(Pattern.quote(template.substring(last, matcher.start()))).append("([^/]+)");
			variables.add(matcher.group(1));
			last = matcher.end();
		}
		regex.append(Pattern.quote(template.substring(last)));
		this.routes.add(new Route(method, template, Pattern.compile(regex.toString()), List.copyOf(variables), group,
				Set.copyOf(parameters), handler));
		return this;
	}

	/** Every route, in the order added. */
	public List<Endpoint> endpoints() {
		return this.routes.stream().map(route -> new Endpoint(route.method(), route.template())).toList();
	}

	/**
	 * Finds the route for a request; 404 if no path matches, 405 if the path exists but
	 * not the method.
	 */
	public Match route(String method, String path) {
		boolean pathExists = false;
		for (Route route : this.routes) {
			Matcher matcher = route.pattern().matcher(path);
			if (!matcher.matches()) {
				continue;
			}
			pathExists = true;
			if (route.method().equals(method)) {
				Map<String, String> variables = new HashMap<>();
				for (int i = 0; i < route.variables().size(); i++) {
					variables.put(route.variables().get(i), matcher.group(i + 1));
				}
				return new Match(route.handler(), variables, route.template(), route.group(), route.parameters());
			}
		}
		if (pathExists) {
			throw ApiException.withError(405, "Method " + method + " is not allowed on " + path);
		}
		throw ApiException.notFound("Not found: " + path);
	}

}
