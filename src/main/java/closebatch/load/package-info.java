/**
 * The load stage: the import's Spring Batch step, which writes mapped leads to Close
 * exactly once. {@link closebatch.load.ImportJobs} builds the step (rows grouped by
 * record key, {@link closebatch.load.RowMapping},
 * {@link closebatch.load.LoadItemWriter}); {@link closebatch.load.SchemaResolver}
 * resolves a mapping's statuses and custom fields to Close ids once per run
 * ({@link closebatch.load.CloseSchema}), {@link closebatch.load.LeadPayloads} turns
 * records into request bodies, and {@link closebatch.load.LeadLoader} writes one lead
 * with its contacts under the ledger of DESIGN §3: pending before a create, done with the
 * id after it, in-doubt creates resolved by looking the lead up by its key (kept in the
 * hidden lead field {@value closebatch.mapping.Identity#KEY_FIELD}), unchanged records
 * left alone. A record is known by its {@link closebatch.load.RecordKey}, made in one
 * place. {@link closebatch.load.PhoneNumberLoader} rents, updates and releases phone
 * numbers under the same ledger, each with the key of the user who owns the number
 * ({@link closebatch.load.PhoneOwners}), and finds them again by user and label.
 *
 * <p>
 * Uses the Close client, the checkpoint ledger and batch tables, the source's readers,
 * the mapping's records and the report's row files; never the run lifecycle of
 * {@code job}.
 */
package closebatch.load;
