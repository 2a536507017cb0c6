package closebatch.cli;

import java.io.PrintWriter;
import java.time.Duration;

import closebatch.load.ProgressListener;

/**
 * Shows a run's progress: on a terminal, a bar with rows/s and the time left, redrawn in
 * place; otherwise (CI logs, pipes) a line every few seconds.
 */
final class ProgressDisplay implements ProgressListener, AutoCloseable {

	private static final long LOG_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

	private static final long REDRAW_EVERY_NANOS = Duration.ofMillis(200).toNanos();

	private final PrintWriter err;

	private final boolean terminal;

	private final boolean shown;

	private final long started = System.nanoTime();

	private long lastShown;

	private long firstRows = -1;

	private boolean drawn;

	private ProgressDisplay(PrintWriter err, boolean terminal, boolean shown) {
		this.err = err;
		this.terminal = terminal;
		this.shown = shown;
	}

	static ProgressDisplay forConsole(PrintWriter err) {
		return new ProgressDisplay(err, System.console() != null, true);
	}

	/** A display that shows nothing, for {@code --quiet}. */
	static ProgressDisplay hidden() {
		return new ProgressDisplay(null, false, false);
	}

	@Override
	public synchronized void progress(long rowsDone, double fraction) {
		if (!this.shown) {
			return;
		}
		long now = System.nanoTime();
		if (this.firstRows < 0) {
			this.firstRows = rowsDone;
		}
		if (now - this.lastShown < (this.terminal ? REDRAW_EVERY_NANOS : LOG_EVERY_NANOS)) {
			return;
		}
		this.lastShown = now;
		double seconds = Math.max(1e-3, (now - this.started) / 1e9);
		long perSecond = Math.round((rowsDone - this.firstRows) / seconds);
		String eta = "";
		if (fraction > 0 && fraction < 1) {
			long left = Math.round(seconds * (1 - fraction) / fraction);
			eta = String.format(" ETA %d:%02d", left / 60, left % 60);
		}
		if (this.terminal) {
			this.err
				.print("\r" + bar(fraction) + String.format(" %,d rows %,d rows/s", rowsDone, perSecond) + eta + "   ");
			this.drawn = true;
		}
		else {
			String percent = (fraction >= 0) ? String.format(" (%.0f%%)", fraction * 100) : "";
			this.err.println(String.format("progress: %,d rows%s, %,d rows/s", rowsDone, percent, perSecond) + eta);
		}
		this.err.flush();
	}

	private static String bar(double fraction) {
		if (fraction < 0) {
			return "[working]";
		}
		int filled = (int) Math.round(fraction * 30);
		return "[" + "#".repeat(filled) + "-".repeat(30 - filled) + String.format("] %3.0f%%", fraction * 100);
	}

	@Override
	public synchronized void close() {
		if (this.drawn) {
			this.err.println();
			this.err.flush();
		}
	}

}
