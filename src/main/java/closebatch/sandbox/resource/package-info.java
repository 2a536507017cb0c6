/**
 * The Close API resources the sandbox serves: validation of what clients send, the
 * documents it stores, and the responses it renders, following the Close docs in
 * {@code ../shared/close-api/}.
 *
 * <p>
 * One class per resource ({@code LeadResource}, {@code ContactResource}...) registers its
 * routes; {@code *View} classes render stored documents with the fields Close computes on
 * read. Each route declares the query parameters it implements; any other is refused. May
 * use {@code closebatch.sandbox.http} and {@code .store} (the legacy lead search reaches
 * the search package only through {@code LegacySearch}); never the client package
 * {@code closebatch.close}.
 */
package closebatch.sandbox.resource;
