package closebatch.cli;

import java.util.Map;
import java.util.Properties;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import closebatch.error.UserInputException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link LogSettings}: the levels a command asks for hold while it runs and are undone
 * after it, so commands run in one JVM do not inherit each other's.
 */
class LogSettingsTest {

	private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

	@Test
	void theOptionSetsClosebatchAndTheRootAndSpringBootStylePropertiesSetOneLoggerUntilClosed() {
		Logger closebatch = this.context.getLogger("closebatch");
		Logger root = this.context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		Logger load = this.context.getLogger("closebatch.load");
		Level before = closebatch.getLevel();
		Level rootBefore = root.getLevel();
		Properties properties = new Properties();
		properties.setProperty("logging.level.closebatch.load", "trace");

		try (LogSettings settings = LogSettings.apply("debug", Map.of(LogSettings.VARIABLE, "ERROR"), properties,
				true)) {
			assertThat(closebatch.getLevel()).isEqualTo(Level.DEBUG);
			assertThat(root.getLevel()).isEqualTo(Level.DEBUG);
			assertThat(load.getLevel()).isEqualTo(Level.TRACE);
			assertThat(root.getAppender("STDERR").getCopyOfAttachedFiltersList()).hasSize(1);
		}

		assertThat(closebatch.getLevel()).isEqualTo(before);
		assertThat(root.getLevel()).isEqualTo(rootBefore);
		assertThat(load.getLevel()).isNull();
		assertThat(root.getAppender("STDERR").getCopyOfAttachedFiltersList()).isEmpty();
	}

	@Test
	void theEnvironmentSetsTheLevelWhenTheOptionDoesNot() {
		try (LogSettings settings = LogSettings.apply(null, Map.of(LogSettings.VARIABLE, "warn"), new Properties(),
				false)) {
			assertThat(this.context.getLogger("closebatch").getLevel()).isEqualTo(Level.WARN);
		}
	}

	@Test
	void aLevelThatIsNoneOfTheAcceptedOnesIsAUsageProblemNamingThem() {
		Properties properties = new Properties();
		properties.setProperty("logging.level.closebatch", "verbose");

		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> LogSettings.apply(null, Map.of(), properties, false))
			.withMessageContaining("-Dlogging.level.closebatch verbose")
			.satisfies((problem) -> assertThat(problem.code()).isEqualTo(CommandError.USAGE))
			.satisfies((problem) -> assertThat(problem.hint()).contains("TRACE, DEBUG, INFO, WARN, ERROR, OFF"));
	}

}
