package closebatch.checkpoint;

/**
 * Every export-progress specification of {@link ExportProgressTest}, held on a PostgreSQL
 * state database.
 */
class PostgresExportProgressTest extends ExportProgressTest {

	@Override
	StateLocation stateOfTest() {
		return SharedPostgres.newDatabase();
	}

}
