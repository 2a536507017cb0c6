-- closebatch's own tables in a PostgreSQL checkpoint database: those of schema-sqlite.sql with
-- 64-bit integers, plus the owners of the run locks. Every statement is idempotent.
-- The ledger (CB_RECORD, CB_RECORD_CONTACT) is keyed by namespace; the CB_LEDGER tables of
-- release 0.1, keyed by job, are no longer read: what they knew is found again in Close.

CREATE TABLE IF NOT EXISTS CB_RECORD (
	TARGET VARCHAR(500) NOT NULL,
	NAMESPACE VARCHAR(100) NOT NULL,
	RECORD_KEY VARCHAR(2500) NOT NULL,
	CLOSE_ID VARCHAR(100),
	PAYLOAD_HASH VARCHAR(100),
	STATE VARCHAR(10) NOT NULL CHECK (STATE IN ('pending', 'done', 'rejected')),
	ATTEMPTS INTEGER NOT NULL DEFAULT 0,
	LAST_ERROR VARCHAR(2500),
	UPDATED_AT VARCHAR(40) NOT NULL,
	PRIMARY KEY (TARGET, NAMESPACE, RECORD_KEY)
);

CREATE INDEX IF NOT EXISTS CB_RECORD_BY_STATE ON CB_RECORD (TARGET, NAMESPACE, STATE);

CREATE TABLE IF NOT EXISTS CB_RECORD_CONTACT (
	TARGET VARCHAR(500) NOT NULL,
	NAMESPACE VARCHAR(100) NOT NULL,
	RECORD_KEY VARCHAR(2500) NOT NULL,
	CONTACT_KEY VARCHAR(1000) NOT NULL,
	CONTACT_ID VARCHAR(100) NOT NULL,
	PAYLOAD_HASH VARCHAR(100),
	UPDATED_AT VARCHAR(40) NOT NULL,
	PRIMARY KEY (TARGET, NAMESPACE, RECORD_KEY, CONTACT_KEY)
);

CREATE TABLE IF NOT EXISTS CB_EXPORT_PROGRESS (
	JOB_NAME VARCHAR(100) NOT NULL,
	RUN_ID BIGINT NOT NULL,
	LAST_DATE_CREATED VARCHAR(40),
	LAST_ID VARCHAR(100),
	ROWS_WRITTEN BIGINT NOT NULL,
	BYTE_OFFSET BIGINT NOT NULL,
	UPDATED_AT VARCHAR(40) NOT NULL,
	PRIMARY KEY (JOB_NAME, RUN_ID)
);

-- The leads a run created, by run: a lead created in this very run holds no note, call or
-- opportunity but those the run's ledger knows, so its objects are created without listing
-- the lead's first. (An earlier run's lead may hold objects that other mappings loaded.)
CREATE TABLE IF NOT EXISTS CB_LEAD_CREATED_BY_RUN (
	TARGET VARCHAR(500) NOT NULL,
	LEAD_ID VARCHAR(100) NOT NULL,
	RUN VARCHAR(200) NOT NULL,
	PRIMARY KEY (TARGET, LEAD_ID)
);

-- Who holds each run lock (a session-level advisory lock keyed by job and target), so that a
-- refused runner can name it. A row whose lock is free was left by a runner that died.
CREATE TABLE IF NOT EXISTS CB_RUN_OWNER (
	JOB_NAME VARCHAR(100) NOT NULL,
	TARGET VARCHAR(500) NOT NULL,
	PID BIGINT NOT NULL,
	HOST VARCHAR(255) NOT NULL,
	STARTED_AT VARCHAR(40) NOT NULL,
	PRIMARY KEY (JOB_NAME, TARGET)
);
