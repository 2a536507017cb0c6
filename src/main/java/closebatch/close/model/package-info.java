/**
 * Records of the Close API's response envelopes and error bodies: a list page
 * ({@code {data, has_more}}), a search page ({@code {data, cursor}}) and the validation
 * errors of a 400 ({@code {errors, field-errors}}, nested for contacts and other
 * sub-objects).
 *
 * <p>
 * Depends on Jackson only; it knows nothing about HTTP, keys or retries.
 */
package closebatch.close.model;
