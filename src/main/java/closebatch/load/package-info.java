/**
 * The load stage: writes mapped leads to Close exactly once.
 * {@link closebatch.load.SchemaResolver} resolves a mapping's statuses and custom fields
 * to Close ids once per run ({@link closebatch.load.CloseSchema}),
 * {@link closebatch.load.LeadPayloads} turns records into request bodies, and
 * {@link closebatch.load.LeadLoader} writes one lead with its contacts under the ledger
 * of DESIGN §3: pending before a create, done with the id after it, in-doubt creates
 * resolved by looking the lead up by its key (kept in the hidden lead field
 * {@value closebatch.load.CloseSchema#KEY_FIELD}), unchanged records left alone.
 *
 * <p>
 * Uses the Close client, the checkpoint ledger, the mapping's records and the report's
 * row outcomes; knows nothing of Spring Batch or of files.
 */
package closebatch.load;
