package closebatch.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import closebatch.close.ApiKey;
import closebatch.close.ApiKeyLoader;
import closebatch.close.CloseClient;
import closebatch.close.CloseTarget;
import closebatch.close.KeyUsage;
import closebatch.report.ApiUsage;
import closebatch.sandbox.Sandbox;
import closebatch.sandbox.SandboxSettings;
import closebatch.sandbox.resource.OrganizationSeed;
import closebatch.sandbox.store.Kind;
import closebatch.sandbox.store.SandboxStore;

/**
 * The Close API a run talks to: the one {@code CLOSE_BASE_URL} names (Close itself by
 * default) with the keys from {@code CLOSE_API_KEY(S)} or a key file; or, when no key is
 * configured, the embedded sandbox with its data in {@code .closebatch/sandbox.db}.
 */
public final class JobTarget implements AutoCloseable {

	/** Where the embedded sandbox keeps its data, relative to the working directory. */
	public static final Path EMBEDDED_DATABASE = Path.of(".closebatch", "sandbox.db");

	/** The key the embedded sandbox is started with; it never leaves this machine. */
	private static final String EMBEDDED_KEY = "closebatch-embedded-sandbox";

	/** Replaced only by {@link #addEmbeddedUsers}, before a run starts. */
	private CloseClient client;

	private final String identity;

	private final Sandbox embedded;

	private JobTarget(CloseClient client, String identity, Sandbox embedded) {
		this.client = client;
		this.identity = identity;
		this.embedded = embedded;
	}

	/**
	 * Chooses the target from the environment and an optional key file.
	 * @param environment the process environment
	 * @param keyFile a file with the key(s), one per line, or null
	 * @param embeddedDatabase where the embedded sandbox keeps its data
	 * @throws closebatch.close.CloseConfigurationException if a key or the URL is
	 * unusable
	 */
	public static JobTarget open(Map<String, String> environment, Path keyFile, Path embeddedDatabase) {
		List<ApiKey> keys = ApiKeyLoader.load(environment, keyFile);
		if (!keys.isEmpty()) {
			CloseTarget target = CloseTarget.fromEnvironment(environment);
			return of(CloseClient.builder(target, keys).build());
		}
		try {
			Files.createDirectories(embeddedDatabase.toAbsolutePath().getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the folder of " + embeddedDatabase, ex);
		}
		Sandbox sandbox = Sandbox
			.start(SandboxSettings.defaults().withDatabase(embeddedDatabase).withApiKeys(List.of(EMBEDDED_KEY)));
		CloseClient client = CloseClient
			.builder(CloseTarget.of(sandbox.baseUrl().toString()), List.of(ApiKey.of(EMBEDDED_KEY)))
			.build();
		// The sandbox's port changes from run to run; its data file does not.
		return new JobTarget(client, embeddedDatabase.toAbsolutePath().normalize().toUri().toString(), sandbox);
	}

	/**
	 * The organization a client's keys belong to, behind its base URL. Asks Close once
	 * ({@code GET me/}), so a key it refuses stops the run here.
	 */
	public static JobTarget of(CloseClient client) {
		String organization = client.get("me/").path("organizations").path(0).path("id").asString("");
		// Two organizations behind one URL are two targets: one's ledger must never
		// vouch for the other's records.
		String identity = client.target().baseUrl() + (organization.isEmpty() ? "" : "#" + organization);
		return new JobTarget(client, identity, null);
	}

	public CloseClient client() {
		return this.client;
	}

	/**
	 * What the checkpoint knows the target as: its base URL and organization, or the
	 * embedded sandbox's data file. Never a key.
	 */
	public String identity() {
		return this.identity;
	}

	/** What the run asked of the API so far, over all its keys. */
	public ApiUsage usage() {
		KeyUsage total = KeyUsage.total(this.client.usage());
		return new ApiUsage(total.requests(), total.retries(), total.throttled());
	}

	/**
	 * For the embedded sandbox, the users a run acts for: each email the sandbox does not
	 * know becomes a member, and the run gets an API key of each of these users beside
	 * the admin's (against Close the users must exist, and their keys be given). Only a
	 * phone-numbers job needs this: Close rents and changes a personal number only for
	 * the user of the key.
	 */
	void addEmbeddedUsers(java.util.Collection<String> emails) {
		if (this.embedded == null || emails.isEmpty()) {
			return;
		}
		SandboxStore store = this.embedded.store();
		Map<String, String> userIds = new java.util.HashMap<>();
		store.oldestFirst(Kind.USER)
			.forEach((user) -> userIds.put(user.path("email").asString("").toLowerCase(java.util.Locale.ROOT),
					user.path("id").asString()));
		List<ApiKey> keys = new java.util.ArrayList<>(List.of(ApiKey.of(EMBEDDED_KEY)));
		for (String email : new java.util.TreeSet<>(emails)) {
			String id = userIds.computeIfAbsent(email, (missing) -> {
				String name = missing.substring(0, missing.indexOf('@'));
				return OrganizationSeed.addUser(store, name, "", missing).path("id").asString();
			});
			String key = EMBEDDED_KEY + "-" + id;
			OrganizationSeed.addApiKey(store, key, id);
			keys.add(ApiKey.of(key));
		}
		this.client = CloseClient.builder(this.client.target(), keys).build();
	}

	/** Whether this is the embedded sandbox: nothing is sent to Close. */
	public boolean embedded() {
		return this.embedded != null;
	}

	/** The base URL requests go to. */
	public URI baseUrl() {
		return this.client.target().baseUrl();
	}

	/** Whether a search may miss a lead created moments ago (Close's index lags). */
	boolean searchLags() {
		return !this.client.target().loopback();
	}

	@Override
	public void close() {
		if (this.embedded != null) {
			this.embedded.close();
		}
	}

}
