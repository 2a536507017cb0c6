package closebatch.close;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import closebatch.close.model.ListPage;
import closebatch.close.model.SearchPage;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Close API client: JSON requests to one {@link CloseTarget} with one or more API
 * keys of one organization, paced per key, retried where that is safe, and failed
 * requests turned into {@link CloseApiException}s.
 *
 * <p>
 * Paths are relative to the base URL ({@code lead/}, {@code lead/lead_abc/}); a missing
 * trailing slash is added. Bodies are anything Jackson writes: an {@link ObjectNode}, a
 * record, a map. Thread-safe; one instance serves a whole run.
 */
public final class CloseClient {

	/** How many times {@link #createOnce} sends a create while each try ends in doubt. */
	private static final int MAX_CREATE_ATTEMPTS = 8;

	/** Groups that answered within this long count in {@link #concurrency}. */
	private static final Duration RECENT_GROUPS = Duration.ofSeconds(5);

	/** In flight beyond Little's law's mean, for latencies above the mean. */
	private static final double CONCURRENCY_HEADROOM = 1.5;

	private final CloseTarget target;

	private final JsonMapper mapper;

	private final KeyPool keys;

	private final RequestExecutor executor;

	private final PlannedWrites planned;

	/** The index of the one key every request uses, or -1 for any. */
	private final int key;

	private CloseClient(CloseTarget target, JsonMapper mapper, KeyPool keys, RequestExecutor executor,
			PlannedWrites planned, int key) {
		this.target = target;
		this.mapper = mapper;
		this.keys = keys;
		this.executor = executor;
		this.planned = planned;
		this.key = key;
	}

	/** A client of the target with these keys; see {@link Builder} for the options. */
	public static Builder builder(CloseTarget target, List<ApiKey> keys) {
		return new Builder(target, keys);
	}

	/**
	 * This client once per API key, each sending every request with its one key: Close
	 * acts for the key's user ({@code GET me/} says who), and some requests (renting a
	 * personal phone number, changing one) are allowed only to that user. Same governors
	 * and counters.
	 */
	public List<CloseClient> eachKey() {
		return java.util.stream.IntStream.range(0, this.keys.size())
			.mapToObj(
					(index) -> new CloseClient(this.target, this.mapper, this.keys, this.executor, this.planned, index))
			.toList();
	}

	/**
	 * This client for a dry run: reads go to Close, writes to {@code planned}, which
	 * keeps them and answers them. Same keys, governors and counters.
	 */
	public CloseClient planning(PlannedWrites planned) {
		return new CloseClient(this.target, this.mapper, this.keys, this.executor, planned, this.key);
	}

	public JsonNode get(String path) {
		return get(path, Query.empty());
	}

	public JsonNode get(String path, Query query) {
		return send(CloseRequest.of("GET", path, query, null));
	}

	/** A GET whose answer is bound to a type (unknown fields ignored). */
	public <T> T get(String path, Query query, Class<T> type) {
		return bind(get(path, query), type, "GET " + path);
	}

	/** A POST: not idempotent, so never retried once it may have reached the server. */
	public JsonNode post(String path, Object body) {
		return send(CloseRequest.of("POST", path, null, write(body)));
	}

	public <T> T post(String path, Object body, Class<T> type) {
		return bind(post(path, body), type, "POST " + path);
	}

	/**
	 * A POST that creates something with a unique name (a custom field, a status, a
	 * template…) exactly once: a create whose answer was lost is looked up by name before
	 * it is sent again, never sent blindly.
	 * @param findAfterDoubt looks the created thing up by its name
	 */
	public JsonNode createOnce(String path, Object body, Supplier<Optional<JsonNode>> findAfterDoubt) {
		for (int attempt = 1;; attempt++) {
			try {
				return post(path, body);
			}
			catch (InDoubtException ex) {
				Optional<JsonNode> found = findAfterDoubt.get();
				if (found.isPresent()) {
					return found.get();
				}
				// Each try after the first follows a lookup that proved the one before
				// did
				// not happen.
				if (attempt >= MAX_CREATE_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	/** A PUT, which Close treats as a patch; retried as idempotent. */
	public JsonNode put(String path, Object body) {
		return send(CloseRequest.of("PUT", path, null, write(body)));
	}

	public <T> T put(String path, Object body, Class<T> type) {
		return bind(put(path, body), type, "PUT " + path);
	}

	/**
	 * A DELETE. Retried as idempotent: a retry after a lost answer may meet a 404, which
	 * the caller can read as done.
	 */
	public JsonNode delete(String path) {
		return send(CloseRequest.of("DELETE", path, null, null));
	}

	/**
	 * One page of a list endpoint, as chosen by the query's {@code _limit} and
	 * {@code _skip}.
	 */
	public ListPage list(String path, Query query) {
		JsonNode body = get(path, query);
		try {
			return ListPage.from(body);
		}
		catch (IllegalArgumentException ex) {
			throw new UnexpectedResponseException("GET " + path, 200, 1, ex.getMessage());
		}
	}

	/**
	 * Every object of a list endpoint, fetched page by page as the stream is consumed:
	 * {@code _skip} advances by each page's size while {@code has_more} is true. Page
	 * size is the query's {@code _limit} (Close's default otherwise). Close caps
	 * {@code _skip} (35,000 for leads); past that, split the query or use search.
	 */
	public Stream<JsonNode> listAll(String path, Query query) {
		Iterator<JsonNode> items = new ListPager(query, (skip) -> list(path, query.skip(skip)));
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false);
	}

	/**
	 * One page of {@code POST /data/search/}: the request holds {@code query},
	 * {@code _limit}, {@code _fields}, {@code sort} and, after the first page,
	 * {@code cursor} (see {@link SearchPage#nextRequest}). A search only reads, so it is
	 * retried like a GET.
	 */
	public SearchPage search(ObjectNode request) {
		JsonNode body = send(new CloseRequest("POST", "data/search/", null, write(request), true));
		try {
			return SearchPage.from(body);
		}
		catch (IllegalArgumentException ex) {
			throw new UnexpectedResponseException("POST data/search/", 200, 1, ex.getMessage());
		}
	}

	/**
	 * How many requests to keep in flight to send at the keys' rate limits, by Little's
	 * law: for each key and each group that answered in the last few seconds, the limit's
	 * rate times the mean latency (slow answers and timeouts included), summed, with
	 * headroom for the spread of latencies. Before any limit is known, and when Close
	 * sends none, {@code atMost}: the governors then pace from 429s.
	 * @param atMost the most the caller allows
	 * @return between 1 and {@code atMost}
	 */
	public int concurrency(int atMost) {
		double atLimit = this.keys.inFlightAtLimit(RECENT_GROUPS);
		if (atLimit < 0) {
			return atMost;
		}
		return (int) Math.max(1, Math.min(atMost, Math.ceil(atLimit * CONCURRENCY_HEADROOM) + 1));
	}

	/** What each key sent so far, in the order the keys were given. */
	public List<KeyUsage> usage() {
		return this.keys.usage();
	}

	public CloseTarget target() {
		return this.target;
	}

	private JsonNode send(CloseRequest request) {
		if (this.planned != null && request.group().startsWith("write ")) {
			return this.planned.answer(request);
		}
		if (this.planned != null) {
			Optional<JsonNode> known = this.planned.read(request);
			if (known.isPresent()) {
				return known.get();
			}
		}
		Transport.Response response = this.executor.execute(request, this.key);
		if (response.body().length == 0) {
			return JsonNodeFactory.instance.objectNode();
		}
		try {
			return this.mapper.readTree(response.body());
		}
		catch (JacksonException ex) {
			throw new UnexpectedResponseException(request.describe(), response.status(), 1,
					"the answer is not JSON: " + ex.getOriginalMessage());
		}
	}

	private byte[] write(Object body) {
		if (body == null) {
			throw new IllegalArgumentException("A request body is required; send {} for an empty one");
		}
		return this.mapper.writeValueAsBytes(body);
	}

	private <T> T bind(JsonNode body, Class<T> type, String request) {
		try {
			return this.mapper.treeToValue(body, type);
		}
		catch (JacksonException ex) {
			throw new UnexpectedResponseException(request, 200, 1,
					"the answer does not fit " + type.getSimpleName() + ": " + ex.getOriginalMessage());
		}
	}

	/** Options of a {@link CloseClient}; every one has a default. */
	public static final class Builder {

		private final CloseTarget target;

		private final List<ApiKey> keys;

		private RetryPolicy retryPolicy = RetryPolicy.defaults();

		private TimeSource time = TimeSource.system();

		private RandomGenerator random = RandomGenerator.getDefault();

		private String userAgent = UserAgent.closebatch();

		private JsonMapper mapper = JsonMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build();

		private Transport transport;

		private Builder(CloseTarget target, List<ApiKey> keys) {
			this.target = target;
			this.keys = List.copyOf(keys);
		}

		public Builder retryPolicy(RetryPolicy retryPolicy) {
			this.retryPolicy = retryPolicy;
			return this;
		}

		/** The clock and sleeper for pacing and backoff (tests pass a fake). */
		public Builder timeSource(TimeSource time) {
			this.time = time;
			return this;
		}

		/** The randomness of the backoff's jitter. */
		public Builder random(RandomGenerator random) {
			this.random = random;
			return this;
		}

		/** The {@code User-Agent}; {@code closebatch/<version>} by default. */
		public Builder userAgent(String userAgent) {
			this.userAgent = userAgent;
			return this;
		}

		/**
		 * The mapper for bodies; by default one that ignores unknown fields when binding.
		 */
		public Builder mapper(JsonMapper mapper) {
			this.mapper = mapper;
			return this;
		}

		/** Replaces HTTP, for tests of the retry loop. */
		Builder transport(Transport transport) {
			this.transport = transport;
			return this;
		}

		public CloseClient build() {
			Backoff backoff = new Backoff(this.retryPolicy, this.random);
			KeyPool pool = new KeyPool(this.keys, this.time, backoff);
			Transport http = (this.transport != null) ? this.transport : new JdkTransport(this.target, this.userAgent);
			RequestExecutor executor = new RequestExecutor(this.target.baseUrl(), pool, http, this.retryPolicy, backoff,
					this.time, new ErrorDecoder(this.mapper));
			return new CloseClient(this.target, this.mapper, pool, executor, null, -1);
		}

	}

}
