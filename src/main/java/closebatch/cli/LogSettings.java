package closebatch.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.filter.Filter;
import org.slf4j.LoggerFactory;

/**
 * The log levels of one command: {@code --log-level} (else {@code CLOSEBATCH_LOG_LEVEL})
 * for the {@code closebatch} loggers and the root, {@code -Dlogging.level.<logger>} for
 * single loggers, and {@code --quiet}, which keeps all but errors off the console (the
 * log file still gets them). Undone when the command ends, so commands run in one JVM do
 * not inherit each other's levels.
 *
 * <p>
 * {@code logging.level.*} is a Spring Boot property, read by Boot's logging system when a
 * Boot application starts. closebatch starts none (picocli runs the commands, and Spring
 * Batch is wired by hand), so logback configures itself from {@code logback.xml} alone
 * and nothing read those properties: this class does.
 */
final class LogSettings implements AutoCloseable {

	/** The environment variable that sets the level when the option does not. */
	static final String VARIABLE = "CLOSEBATCH_LOG_LEVEL";

	/** The levels accepted, quietest last. */
	static final List<String> LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");

	private static final String SYSTEM_PROPERTY_PREFIX = "logging.level.";

	private static final String CONSOLE_APPENDER = "STDERR";

	private final Map<Logger, Level> previous = new LinkedHashMap<>();

	private final List<Appender<ILoggingEvent>> quietened = new ArrayList<>();

	private final ThresholdFilter errorsOnly = new ThresholdFilter();

	private LogSettings() {
		this.errorsOnly.setLevel(Level.ERROR.levelStr);
		this.errorsOnly.start();
	}

	/**
	 * Applies the levels a command asks for.
	 * @param option the {@code --log-level} given, or null
	 * @param environment the process environment ({@value #VARIABLE})
	 * @param properties the system properties ({@code logging.level.<logger>})
	 * @param quiet whether only errors may reach the console
	 * @return the settings, to close when the command ends
	 * @throws closebatch.error.UserInputException when a level is not one of
	 * {@link #LEVELS}
	 */
	static LogSettings apply(String option, Map<String, String> environment, Properties properties, boolean quiet) {
		String level = (option != null) ? option : environment.get(VARIABLE);
		Level parsed = (level != null && !level.isBlank()) ? parse(level, (option != null) ? "--log-level" : VARIABLE)
				: null;
		Map<String, Level> single = new LinkedHashMap<>();
		for (String name : properties.stringPropertyNames()) {
			if (name.startsWith(SYSTEM_PROPERTY_PREFIX)) {
				single.put(name.substring(SYSTEM_PROPERTY_PREFIX.length()),
						parse(properties.getProperty(name), "-D" + name));
			}
		}
		LogSettings settings = new LogSettings();
		if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
			return settings;
		}
		if (parsed != null) {
			settings.set(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME), parsed);
			settings.set(context.getLogger("closebatch"), parsed);
		}
		single.forEach((name, value) -> settings
			.set(context.getLogger(name.equalsIgnoreCase("root") ? org.slf4j.Logger.ROOT_LOGGER_NAME : name), value));
		if (quiet) {
			settings.quieten(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender(CONSOLE_APPENDER));
		}
		return settings;
	}

	/**
	 * A level by its name, in any case.
	 * @param text the name
	 * @param source where it was given, for the error
	 * @return the level
	 * @throws closebatch.error.UserInputException naming the accepted levels
	 */
	static Level parse(String text, String source) {
		String name = text.strip().toUpperCase(Locale.ROOT);
		if (!LEVELS.contains(name)) {
			throw CommandError.usage(source + " " + text + " is not a log level",
					"Use one of " + String.join(", ", LEVELS) + " (in any case).");
		}
		return Level.toLevel(name);
	}

	private void set(Logger logger, Level level) {
		this.previous.putIfAbsent(logger, logger.getLevel());
		logger.setLevel(level);
	}

	private void quieten(Appender<ILoggingEvent> console) {
		if (console != null) {
			console.addFilter(this.errorsOnly);
			this.quietened.add(console);
		}
	}

	@Override
	public void close() {
		this.previous.forEach(Logger::setLevel);
		for (Appender<ILoggingEvent> console : this.quietened) {
			List<Filter<ILoggingEvent>> others = new ArrayList<>(console.getCopyOfAttachedFiltersList());
			others.remove(this.errorsOnly);
			console.clearAllFilters();
			others.forEach(console::addFilter);
		}
	}

}
