/**
 * Export jobs: turns an {@link closebatch.config.ExportJob} into a restartable Spring
 * Batch job that reads a search ({@code /data/search/}) or a list endpoint past the API's
 * limits and writes CSV, JSON Lines or XLSX, with a mapping that imports the file again;
 * or exports every lead and object of an organization into a folder with the job that
 * imports it.
 *
 * <p>
 * Owns the readers (cursor expiry, the result cap, {@code _skip} caps, ties on
 * {@code date_created}), the flattening of objects into rows (with their leads, contacts
 * and users by key, name and email), the row sinks, the workbook builder and the mappings
 * written beside the files. May use {@code config}, {@code close}, {@code checkpoint},
 * {@code mapping} (the object types an import takes), {@code load}'s name of the hidden
 * key field, and {@code error}; never {@code sandbox} or {@code cli}.
 */
package closebatch.export;
