package closebatch.mapping;

import java.util.Objects;

/**
 * One address of a lead, with Close's field names. Absent parts are {@code null}.
 *
 * @param label {@code business}, {@code mailing}, {@code office} or {@code other}
 * @param address1 first street line
 * @param address2 second street line
 * @param city city
 * @param state state or region
 * @param zipcode postal code
 * @param country country, as Close expects it (a two-letter code)
 */
public record AddressRecord(String label, String address1, String address2, String city, String state, String zipcode,
		String country) {

	public AddressRecord {
		Objects.requireNonNull(label, "label");
	}

}
