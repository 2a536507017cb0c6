/**
 * Advanced Filtering ({@code /data/search/}): the query language of the Close docs
 * evaluated over the sandbox's documents, sorting, {@code _fields} per object type,
 * counts, and pages with cursors that expire and a cap on the results of one query; and
 * the legacy lead search ({@code GET /lead/?query=…}) translated onto the same engine.
 *
 * <p>
 * May use {@code closebatch.sandbox.http}, {@code .store} and {@code .resource} (to
 * render objects as the REST endpoints do).
 */
package closebatch.sandbox.search;
