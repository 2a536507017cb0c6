package closebatch.sandbox.store;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Makes object ids the way Close writes them: a type prefix, an underscore and 22 base62
 * characters (the length of Close's newer ids).
 */
public final class Ids {

	private static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

	private static final int RANDOM_LENGTH = 22;

	private Ids() {
	}

	/** A new id for the given kind, e.g. {@code lead_5Cq0vW1h3yN8kTzQ2mBfXa}. */
	public static String newId(Kind kind) {
		return kind.idPrefix() + "_" + randomBase62(RANDOM_LENGTH);
	}

	/** A random base62 string of the given length. */
	public static String randomBase62(int length) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		char[] chars = new char[length];
		for (int i = 0; i < length; i++) {
			chars[i] = BASE62[random.nextInt(BASE62.length)];
		}
		return new String(chars);
	}

}
