package closebatch.mapping;

/** What an import does with a record whose key already names a lead. */
public enum MappingMode {

	/** Only create leads; a key seen in an earlier run is skipped as already done. */
	CREATE,

	/** Create new leads and update the ones earlier runs created. */
	UPSERT,

	/** Only update leads that exist; a key with no lead rejects the row. */
	UPDATE

}
