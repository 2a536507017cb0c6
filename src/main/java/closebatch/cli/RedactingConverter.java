package closebatch.cli;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;
import closebatch.error.Secrets;

/**
 * The log's side of {@link Secrets}: {@code %redact(...)} in {@code logback.xml} takes
 * every known secret out of a log line, message and stack trace alike.
 */
public final class RedactingConverter extends CompositeConverter<ILoggingEvent> {

	@Override
	protected String transform(ILoggingEvent event, String in) {
		return Secrets.redact(in);
	}

}
