package closebatch.sandbox.http;

import java.util.Random;

/** Draws, for each API request, which fault (if any) the sandbox injects. */
public final class FaultInjector {

	/** What happens to one request. */
	public sealed interface Fault {

		/** Carry the request out and answer normally. */
		record None() implements Fault {
		}

		/** Answer with this status instead of carrying the request out. */
		record Status(int status) implements Fault {
		}

		/** Carry the request out, then close the connection without answering. */
		record Drop() implements Fault {
		}

		/** Carry the request out, then hold the answer back. */
		record Slow(long delayMs) implements Fault {
		}

	}

	private static final Fault NONE = new Fault.None();

	private volatile FaultSettings settings;

	private volatile Random random;

	public FaultInjector(FaultSettings settings) {
		update(settings);
	}

	public FaultSettings settings() {
		return this.settings;
	}

	public void update(FaultSettings settings) {
		this.settings = settings;
		this.random = (settings.seed() == null) ? new Random() : new Random(settings.seed());
	}

	public Fault draw() {
		FaultSettings current = this.settings;
		double draw;
		synchronized (this) {
			draw = this.random.nextDouble();
		}
		double threshold = 0;
		for (Integer status : FaultSettings.STATUSES) {
			threshold += current.statusRates().getOrDefault(status, 0.0);
			if (draw < threshold) {
				return new Fault.Status(status);
			}
		}
		threshold += current.dropRate();
		if (draw < threshold) {
			return new Fault.Drop();
		}
		threshold += current.slowRate();
		if (draw < threshold) {
			return new Fault.Slow(current.slowMs());
		}
		return NONE;
	}

}
