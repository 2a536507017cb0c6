package closebatch.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for the tests, started once per test JVM (some 4 s) from the
 * binaries Maven fetched, on 127.0.0.1, and stopped when the JVM ends. Each test takes a
 * new empty database of its own.
 */
public final class SharedPostgres {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static EmbeddedPostgres server;

	private SharedPostgres() {
	}

	/** A new, empty database on the server, with the server's user and no password. */
	public static PostgresState newDatabase() {
		String name = "state_" + DATABASES.incrementAndGet();
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement create = connection.createStatement()) {
			create.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create database " + name, ex);
		}
		return new PostgresState("jdbc:postgresql://127.0.0.1:" + server().getPort() + "/" + name, "postgres", null);
	}

	/** The URL of {@code state} with its user in it, as a user may pass it to --state. */
	public static String urlWithUser(PostgresState state) {
		return state.url() + "?user=" + state.user();
	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", ex);
			}
			EmbeddedPostgres started = server;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (IOException ex) {
					// The JVM is ending: the server's own process ends with its data
					// directory.
				}
			}));
		}
		return server;
	}

}
