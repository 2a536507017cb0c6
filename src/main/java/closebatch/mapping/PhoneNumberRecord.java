package closebatch.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a phone-numbers mapping: what to do with one number of a user (or a group
 * number), which the user and the label identify.
 *
 * @param rowNumber the physical row number in the input file
 * @param key the record key: the owner and the label, normalised
 * @param action rent, update or release
 * @param user the owner's email, lower case; {@code null} for a group number
 * @param label the number's label: its identity in Close, written onto it
 * @param rent what a rent asks for; {@code null} unless the action is rent
 * @param settings the fields an update writes (label first), by their name in Close:
 * text, {@link Boolean} or {@link Long} values
 */
public record PhoneNumberRecord(long rowNumber, String key, PhoneAction action, String user, String label,
		PhoneRent rent, Map<String, Object> settings) implements MappedRow {

	public PhoneNumberRecord {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(label, "label");
		if ((action == PhoneAction.RENT) != (rent != null)) {
			throw new IllegalArgumentException("a rent, and only a rent, says what it asks for");
		}
		settings = new LinkedHashMap<>(settings);
	}

	/** Whether the number is a group number rather than a user's personal one. */
	public boolean group() {
		return this.user == null;
	}

	/** Who holds the number, for messages: the user's email, or "the group numbers". */
	public String owner() {
		return group() ? "the group numbers" : this.user;
	}

	/** What to do with a number. */
	public enum PhoneAction {

		RENT, UPDATE, RELEASE;

		static final List<String> NAMES = List.of("rent", "update", "release");

		/** The action's name in an input file. */
		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * What {@code POST /phone_number/request/internal/} asks for.
	 *
	 * @param country ISO 3166 alpha-2, upper case
	 * @param prefix the area code or national prefix, possibly empty
	 * @param withSms {@code with_sms}, {@code null} for Close's default
	 * @param withMms {@code with_mms}, {@code null} for Close's default
	 * @param bundleId the regulatory bundle, or {@code null}
	 * @param carrierType {@code local}, {@code national}, {@code mobile},
	 * {@code tollfree}, or {@code null}
	 */
	public record PhoneRent(String country, String prefix, Boolean withSms, Boolean withMms, String bundleId,
			String carrierType) {

		public PhoneRent {
			Objects.requireNonNull(country, "country");
			prefix = (prefix != null) ? prefix : "";
		}

		/**
		 * The same request asking for a number without SMS (nor MMS, which needs SMS).
		 */
		public PhoneRent withoutSms() {
			return new PhoneRent(this.country, this.prefix, false, null, this.bundleId, this.carrierType);
		}

		/** Where the number is wanted, for messages: {@code US 415}. */
		public String describe() {
			return this.prefix.isEmpty() ? this.country : this.country + " " + this.prefix;
		}

	}

}
