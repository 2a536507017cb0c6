package closebatch.checkpoint;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The process that owns (or owned) a state file or a run lock, as its lock records it.
 *
 * @param pid the process id
 * @param startedAt when that process started
 * @param host the host it runs on
 */
public record RunOwner(long pid, Instant startedAt, String host) {

	public RunOwner {
		Objects.requireNonNull(startedAt, "startedAt");
		Objects.requireNonNull(host, "host");
	}

	/** This process. */
	static RunOwner current() {
		ProcessHandle self = ProcessHandle.current();
		Instant started = self.info().startInstant().orElse(Instant.EPOCH);
		return new RunOwner(self.pid(), started, hostName());
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (IOException ex) {
			return "unknown host";
		}
	}

	Properties toProperties() {
		Properties properties = new Properties();
		properties.setProperty("pid", Long.toString(this.pid));
		properties.setProperty("started", this.startedAt.toString());
		properties.setProperty("host", this.host);
		return properties;
	}

	static Optional<RunOwner> fromProperties(Properties properties) {
		try {
			return Optional.of(new RunOwner(Long.parseLong(properties.getProperty("pid")),
					Instant.parse(properties.getProperty("started")), properties.getProperty("host", "")));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return "process " + this.pid + " on " + this.host + " (started " + this.startedAt + ")";
	}

}
