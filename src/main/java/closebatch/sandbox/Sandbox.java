package closebatch.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import closebatch.sandbox.http.ApiKeys;
import closebatch.sandbox.http.FaultInjector;
import closebatch.sandbox.http.RateLimiter;
import closebatch.sandbox.http.RequestLog;
import closebatch.sandbox.http.Router;
import closebatch.sandbox.http.SandboxHttpServer;
import closebatch.sandbox.resource.ApiResources;
import closebatch.sandbox.resource.OrganizationSeed;
import closebatch.sandbox.resource.PhoneRentalPolicy;
import closebatch.sandbox.resource.Views;
import closebatch.sandbox.search.LegacyLeadSearch;
import closebatch.sandbox.search.SearchCursors;
import closebatch.sandbox.search.SearchLimits;
import closebatch.sandbox.search.SearchResource;
import closebatch.sandbox.store.SandboxStore;

/**
 * A running Close-compatible API server on 127.0.0.1: the {@code closebatch sandbox}
 * command, the embedded target of jobs run without a Close API key, and the target of
 * every test.
 */
public final class Sandbox implements AutoCloseable {

	private final SandboxStore store;

	private final SandboxHttpServer server;

	private final List<String> apiKeys;

	private final boolean generatedKey;

	private final FaultInjector faults;

	private final RateLimiter rateLimiter;

	private final RequestLog requests;

	private final SearchLimits searchLimits;

	private final SearchCursors searchCursors;

	private final PhoneRentalPolicy phoneRental = new PhoneRentalPolicy();

	private final List<Router.Endpoint> apiEndpoints;

	private Sandbox(SandboxSettings settings) throws IOException {
		this.store = (settings.database() == null) ? SandboxStore.openTemporary(Clock.systemUTC())
				: SandboxStore.open(settings.database(), Clock.systemUTC());
		OrganizationSeed.ensure(this.store);
		List<String> keys = new ArrayList<>(settings.apiKeys());
		this.generatedKey = keys.isEmpty() && !OrganizationSeed.hasApiKeys(this.store);
		if (this.generatedKey) {
			keys.add(OrganizationSeed.newApiKey());
		}
		keys.forEach(key -> OrganizationSeed.addApiKey(this.store, key));
		this.apiKeys = List.copyOf(keys);
		this.faults = new FaultInjector(settings.faults());
		this.rateLimiter = new RateLimiter(settings.rateLimitPerKey(), System::nanoTime);
		this.requests = new RequestLog();
		this.searchLimits = new SearchLimits(settings.cursorTtl(), settings.searchCap());
		this.searchCursors = new SearchCursors(this.searchLimits, Clock.systemUTC());
		Router api = new Router();
		Views views = new Views(this.store);
		ApiResources.register(api, this.store, views, this.phoneRental, new LegacyLeadSearch(this.store, views));
		new SearchResource(this.store, views, this.searchLimits, this.searchCursors).register(api);
		this.apiEndpoints = api.endpoints();
		Router control = new Router();
		new ControlResource(this).register(control);
		this.server = new SandboxHttpServer(settings.port(), api, control, new ApiKeys(this.store), this.rateLimiter,
				this.faults, this.requests);
	}

	/**
	 * Opens the database, seeds a new organization if it is empty, and starts listening.
	 */
	public static Sandbox start(SandboxSettings settings) {
		try {
			return new Sandbox(settings);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the sandbox on port " + settings.port(), ex);
		}
	}

	/** Every route of the Close API the sandbox serves, as method and path template. */
	public List<Router.Endpoint> apiEndpoints() {
		return this.apiEndpoints;
	}

	/** {@code http://127.0.0.1:<port>/api/v1/} */
	public URI baseUrl() {
		return this.server.baseUrl();
	}

	/** {@code http://127.0.0.1:<port>/_sandbox/} */
	public URI controlUrl() {
		return this.server.baseUrl().resolve("/_sandbox/");
	}

	/**
	 * The keys given in the settings, or the one generated when none was given nor
	 * stored.
	 */
	public List<String> apiKeys() {
		return this.apiKeys;
	}

	/**
	 * The first key this sandbox was started with; null if it only has keys stored
	 * earlier.
	 */
	public String apiKey() {
		return this.apiKeys.isEmpty() ? null : this.apiKeys.get(0);
	}

	public boolean generatedKey() {
		return this.generatedKey;
	}

	public SandboxStore store() {
		return this.store;
	}

	public FaultInjector faults() {
		return this.faults;
	}

	public RateLimiter rateLimiter() {
		return this.rateLimiter;
	}

	public RequestLog requests() {
		return this.requests;
	}

	public SearchLimits searchLimits() {
		return this.searchLimits;
	}

	/** The cursors of {@code /data/search/}, which a reset forgets. */
	public SearchCursors searchCursors() {
		return this.searchCursors;
	}

	/** The rules of phone number rental, changeable at run time. */
	public PhoneRentalPolicy phoneRental() {
		return this.phoneRental;
	}

	@Override
	public void close() {
		this.server.close();
		this.store.close();
	}

}
