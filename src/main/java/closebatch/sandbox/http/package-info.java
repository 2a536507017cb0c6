/**
 * The sandbox's HTTP surface: the JDK server on 127.0.0.1, routing, authentication, rate
 * limits, fault injection, and Close's request conventions ({@code _params} with
 * {@code x-http-method-override}, trailing slashes) and error shapes.
 *
 * <p>
 * Knows nothing of particular Close objects; resources register routes with the
 * {@link Router}. May use {@code closebatch.sandbox.store}; never the client package
 * {@code closebatch.close}.
 */
package closebatch.sandbox.http;
