package closebatch.cli;

import java.io.IOException;
import java.io.Writer;

import closebatch.error.Secrets;

/**
 * A writer that takes every known secret out of what passes through it, line by line: the
 * console's side of {@link Secrets}.
 *
 * <p>
 * Text is held until a line ends or the writer is flushed, so a secret written in several
 * pieces is still seen whole.
 */
final class RedactingWriter extends Writer {

	private final Writer target;

	private final StringBuilder line = new StringBuilder();

	RedactingWriter(Writer target) {
		this.target = target;
	}

	@Override
	public synchronized void write(char[] chars, int offset, int length) throws IOException {
		for (int i = offset; i < offset + length; i++) {
			this.line.append(chars[i]);
			if (chars[i] == '\n') {
				emit();
			}
		}
	}

	@Override
	public synchronized void flush() throws IOException {
		emit();
		this.target.flush();
	}

	@Override
	public synchronized void close() throws IOException {
		flush();
		this.target.close();
	}

	private void emit() throws IOException {
		if (!this.line.isEmpty()) {
			this.target.write(Secrets.redact(this.line.toString()));
			this.line.setLength(0);
		}
	}

}
