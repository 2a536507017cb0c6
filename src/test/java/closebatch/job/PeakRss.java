package closebatch.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The peak resident memory of a child process, read from {@code /proc/<pid>/status}
 * ({@code VmHWM}) while it runs, for benchmarks.
 */
final class PeakRss {

	private PeakRss() {
	}

	/**
	 * Waits for a process to end, sampling its high-water mark every 20 ms.
	 * @return the highest {@code VmHWM} seen, in MB
	 */
	static long untilExit(Process process) throws InterruptedException {
		long peakKb = 0;
		while (!process.waitFor(20, TimeUnit.MILLISECONDS)) {
			peakKb = Math.max(peakKb, highWaterMarkKb(process.pid()));
		}
		return peakKb / 1024;
	}

	/** VmHWM of a live process in kB, 0 once it is gone. */
	private static long highWaterMarkKb(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
		}
		catch (IOException ex) {
			// The process ended between two reads.
		}
		return 0;
	}

}
