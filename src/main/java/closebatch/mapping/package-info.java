/**
 * Column mappings ({@code mappings/*.yaml}): {@link closebatch.mapping.MappingLoader}
 * compiles one against an input's headers into a {@link closebatch.mapping.RecordMapper},
 * which turns each row into a {@link closebatch.mapping.LeadRecord} or a
 * {@link closebatch.mapping.Rejection}; {@link closebatch.mapping.LeadGrouping} merges
 * rows that share a record key into one lead; {@link closebatch.mapping.InOrderWorkers}
 * maps rows on every core and gives them back in the order read.
 *
 * <p>
 * Owns the transforms (trim, case, default, constant, value map, split, date, datetime,
 * number, phone, email, URL). A mistake in the file is a
 * {@link closebatch.mapping.MappingError} with its line; a value that fails rejects its
 * row only. Uses {@code closebatch.config} for the location-aware YAML tree,
 * libphonenumber for phone numbers, and nothing else of the project: custom fields stay
 * names here and are resolved to ids by the load stage.
 */
package closebatch.mapping;
