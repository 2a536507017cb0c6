/**
 * The Close API client: {@link closebatch.close.CloseClient} over
 * {@code java.net.http.HttpClient}, the API keys it sends
 * ({@link closebatch.close.ApiKey}, never shown), the target it talks to
 * ({@link closebatch.close.CloseTarget}), the rate governor that paces each key, the one
 * retry loop, and the typed exceptions a failed request becomes
 * ({@link closebatch.close.CloseApiException}).
 *
 * <p>
 * Plain Java with Jackson and SLF4J only: no Spring, and nothing from the other stages.
 * Its request and response records live in {@code closebatch.close.model}. It never
 * imports {@code closebatch.sandbox}: the client and the sandbox are two independent
 * readings of the Close docs. Retries, pacing and sleeping happen here and nowhere else,
 * with time and randomness injected so that tests never wait.
 */
package closebatch.close;
