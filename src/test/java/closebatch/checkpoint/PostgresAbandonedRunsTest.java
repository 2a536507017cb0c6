package closebatch.checkpoint;

/**
 * Every recovery specification of {@link AbandonedRunsTest} on a PostgreSQL state
 * database, where the run lock is an advisory lock and a killed run's lock is freed by
 * the server.
 */
class PostgresAbandonedRunsTest extends AbandonedRunsTest {

	@Override
	String stateOfTest() {
		return SharedPostgres.urlWithUser(SharedPostgres.newDatabase());
	}

}
