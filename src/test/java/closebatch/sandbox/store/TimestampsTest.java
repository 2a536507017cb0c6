package closebatch.sandbox.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Close's timestamp format ({@code 2013-02-20T05:30:24.844000+00:00}) and dates. */
class TimestampsTest {

	private static final DateTimeFormatter CLOSE_FORMAT = DateTimeFormatter
		.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx");

	@Test
	void readsADateAsLocalDateParseDoes() {
		assertThat(Timestamps.parseDate(" 2024-02-29 ")).contains(LocalDate.of(2024, 2, 29));
		Random random = new Random(11);
		for (int i = 0; i < 20_000; i++) {
			String text = String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14),
					random.nextInt(33));
			assertThat(Timestamps.parseDate(text)).as(text).isEqualTo(reference(text));
		}
		for (String text : List.of("2024-2-29", "2024-02-29x", "+2024-02-29", "２０２４-02-29", "2024/02/29", "",
				"+10000-01-01", "-0001-01-01", "2024-02-3", "0000-01-01")) {
			assertThat(Timestamps.parseDate(text)).as(text).isEqualTo(reference(text));
		}
	}

	private static Optional<LocalDate> reference(String text) {
		try {
			return Optional.of(LocalDate.parse(text.trim()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	@Test
	void formatsInUtcWithMicroseconds() {
		assertThat(Timestamps.format(Instant.parse("2013-02-20T05:30:24.844000123Z")))
			.isEqualTo("2013-02-20T05:30:24.844000+00:00");
		assertThat(Timestamps.format(Instant.parse("0001-01-01T00:00:00Z")))
			.isEqualTo("0001-01-01T00:00:00.000000+00:00");
	}

	@Test
	void formatsAnyInstantAsTheFormatterPatternDoes() {
		Random random = new Random(11);
		long min = Instant.parse("-0003-01-01T00:00:00Z").getEpochSecond();
		long max = Instant.parse("+10003-01-01T00:00:00Z").getEpochSecond();
		for (int i = 0; i < 20_000; i++) {
			Instant instant = Instant.ofEpochSecond(min + (long) (random.nextDouble() * (max - min)),
					random.nextInt(1_000_000_000));
			assertThat(Timestamps.format(instant)).as(instant.toString())
				.isEqualTo(CLOSE_FORMAT.format(instant.atOffset(ZoneOffset.UTC)));
		}
	}

}
