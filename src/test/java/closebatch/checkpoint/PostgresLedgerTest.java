package closebatch.checkpoint;

/**
 * Every ledger specification of {@link LedgerTest}, held on a PostgreSQL state database:
 * the same upserts, reads and concurrent writes.
 */
class PostgresLedgerTest extends LedgerTest {

	@Override
	StateLocation stateOfTest() {
		return SharedPostgres.newDatabase();
	}

}
