package closebatch.checkpoint;

import org.springframework.batch.infrastructure.support.DatabaseType;

/**
 * The SQL dialect of a checkpoint database: which schema scripts create its tables.
 * Spring Batch's script and closebatch's own have the same name for a dialect.
 */
enum CheckpointDialect {

	SQLITE("schema-sqlite.sql", DatabaseType.SQLITE),

	POSTGRESQL("schema-postgresql.sql", DatabaseType.POSTGRES);

	private final String scriptName;

	private final DatabaseType batchType;

	CheckpointDialect(String scriptName, DatabaseType batchType) {
		this.scriptName = scriptName;
		this.batchType = batchType;
	}

	static CheckpointDialect of(StateLocation location) {
		return (location instanceof PostgresState) ? POSTGRESQL : SQLITE;
	}

	String batchSchema() {
		return "org/springframework/batch/core/" + this.scriptName;
	}

	String ownSchema() {
		return "closebatch/checkpoint/" + this.scriptName;
	}

	DatabaseType batchType() {
		return this.batchType;
	}

}
