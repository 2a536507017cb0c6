package closebatch.sandbox.search;

import java.time.Instant;
import java.time.ZoneOffset;

import closebatch.sandbox.resource.Views;
import closebatch.sandbox.store.SandboxStore;

/**
 * What evaluating a query needs besides the objects: the store (to follow relations), the
 * views (for fields only rendered objects have), who "me" is, the caller's time zone
 * ({@code x-tz-offset}) for local dates, and the moment the query runs.
 *
 * @param store the documents
 * @param views renders documents as the REST API does
 * @param userId the caller, for {@code current_user} conditions
 * @param zone the caller's offset from UTC
 * @param now when the query is evaluated; every {@code now} moment in it is this instant
 */
record EvaluationContext(SandboxStore store, Views views, String userId, ZoneOffset zone, Instant now) {
}
