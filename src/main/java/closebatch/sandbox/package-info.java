/**
 * The Close sandbox: a local, Close-compatible API server, assembled from its parts
 * ({@code http}, {@code resource}, {@code search}, {@code store}), with its controls
 * under {@code /_sandbox/}.
 *
 * <p>
 * Stands apart from the rest of closebatch and never imports the client
 * ({@code closebatch.close}): the client and the sandbox are two independent readings of
 * the Close docs, so one can catch the other's mistakes.
 */
package closebatch.sandbox;
