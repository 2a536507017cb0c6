package closebatch.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import closebatch.error.Secrets;

/**
 * A PostgreSQL checkpoint database, shared by every runner that names it: its JDBC URL
 * and the credentials read from the environment.
 *
 * <p>
 * The URL never holds the password (it would be in the shell history, the process list
 * and CI logs): the password comes from {@value #PASSWORD} or the file named by
 * {@value #PASSWORD_FILE}, is registered with {@link Secrets}, and is left out of
 * {@link #toString()}.
 *
 * @param url the JDBC URL, {@code jdbc:postgresql://host:port/database}
 * @param user the user, or null for the URL's {@code user} parameter or the driver's
 * default
 * @param password the password, or null for none
 */
public record PostgresState(String url, String user, String password) implements StateLocation {

	/** The prefix that marks a {@code --state} value as a PostgreSQL database. */
	public static final String URL_PREFIX = "jdbc:postgresql:";

	/**
	 * The environment variable naming the state database when {@code --state} does not.
	 */
	public static final String URL = "CLOSEBATCH_STATE_URL";

	/** The environment variable holding the user. */
	public static final String USER = "CLOSEBATCH_STATE_USER";

	/** The environment variable holding the password. */
	public static final String PASSWORD = "CLOSEBATCH_STATE_PASSWORD";

	/** The environment variable naming a file whose first line is the password. */
	public static final String PASSWORD_FILE = "CLOSEBATCH_STATE_PASSWORD_FILE";

	private static final Pattern PASSWORD_PARAMETER = Pattern.compile("[?&]password=", Pattern.CASE_INSENSITIVE);

	public PostgresState {
		if (url == null || !url.startsWith(URL_PREFIX)) {
			throw new IllegalArgumentException("A PostgreSQL state database is named by a URL starting with "
					+ URL_PREFIX + ", e.g. jdbc:postgresql://db.example.com:5432/closebatch");
		}
		if (PASSWORD_PARAMETER.matcher(url).find()) {
			throw new IllegalArgumentException("The state database URL must not hold the password: set " + PASSWORD
					+ " or " + PASSWORD_FILE + " instead");
		}
		Secrets.register(password);
	}

	/**
	 * The database at {@code url}, with the credentials of {@code environment}.
	 * @throws IllegalArgumentException if the URL is not a PostgreSQL one, holds a
	 * password, or the password file cannot be read
	 */
	public static PostgresState of(String url, Map<String, String> environment) {
		String password = environment.get(PASSWORD);
		String passwordFile = environment.get(PASSWORD_FILE);
		if (password == null && passwordFile != null) {
			password = readPassword(Path.of(passwordFile));
		}
		return new PostgresState(url, environment.get(USER), password);
	}

	private static String readPassword(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
		}
		catch (IOException | UncheckedIOException ex) {
			throw new IllegalArgumentException("Cannot read the state database's password from " + file + " ("
					+ PASSWORD_FILE + "): " + ex.getClass().getSimpleName());
		}
	}

	/**
	 * The connection properties for the driver: the credentials, and a name in
	 * {@code pg_stat_activity}.
	 */
	Properties connectionProperties() {
		Properties properties = new Properties();
		if (this.user != null) {
			properties.setProperty("user", this.user);
		}
		if (this.password != null) {
			properties.setProperty("password", this.password);
		}
		properties.setProperty("ApplicationName", "closebatch");
		properties.setProperty("tcpKeepAlive", "true");
		return properties;
	}

	/** A new connection of its own, outside any pool. */
	Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, connectionProperties());
	}

	@Override
	public String describe() {
		return this.url;
	}

	@Override
	public boolean exists() {
		return true;
	}

	/** Whether {@code state} names a PostgreSQL database rather than a file. */
	static boolean isUrl(String state) {
		return state.toLowerCase(Locale.ROOT).startsWith(URL_PREFIX);
	}

	@Override
	public String toString() {
		return "PostgresState[" + this.url + ", user " + this.user + "]";
	}

}
