package closebatch.mapping;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import closebatch.mapping.PhoneNumberRecord.PhoneAction;
import closebatch.mapping.PhoneNumberRecord.PhoneRent;

/**
 * A phone-numbers mapping compiled against an input's headers: turns one row into a
 * {@link PhoneNumberRecord} (rent, update or release one number of a user, or a group
 * number), or a {@link Rejection} naming the column at fault.
 *
 * <p>
 * A number is known by its owner and its label, so the label is required: it is what a
 * later run (or a run without its state file) finds the number by in Close.
 *
 * @param source the mapping file, as given
 * @param identity the namespace of the records' keys (no key columns: owner and label are
 * the key)
 * @param fields the {@code phone_number} block's fields, by their name in the mapping
 * @param retryVoiceOnly whether a rent refused with {@code has-voice-only} is asked again
 * with {@code with_sms: false}
 * @param price what a rented number costs a month, as the mapping declares it, or
 * {@code null}
 */
public record PhoneNumberMapper(String source, Identity identity, Map<String, FieldMapping> fields,
		boolean retryVoiceOnly, MonthlyPrice price) implements RowMapper {

	/** The fields a phone-numbers mapping may fill, with what each takes. */
	static final List<ObjectField> FIELDS = List.of(
			new ObjectField("action", ObjectField.Kind.CHOICE, Set.copyOf(PhoneAction.NAMES)),
			new ObjectField("user", ObjectField.Kind.USER), new ObjectField("group", ObjectField.Kind.BOOLEAN),
			new ObjectField("country", ObjectField.Kind.TEXT), new ObjectField("prefix", ObjectField.Kind.TEXT),
			new ObjectField("with_sms", ObjectField.Kind.BOOLEAN),
			new ObjectField("with_mms", ObjectField.Kind.BOOLEAN), new ObjectField("bundle_id", ObjectField.Kind.TEXT),
			new ObjectField("carrier_type", ObjectField.Kind.CHOICE, Set.of("local", "national", "mobile", "tollfree")),
			new ObjectField("label", ObjectField.Kind.TEXT), new ObjectField("forward_to", ObjectField.Kind.TEXT),
			new ObjectField("forward_to_enabled", ObjectField.Kind.BOOLEAN),
			new ObjectField("voicemail_greeting_url", ObjectField.Kind.TEXT),
			new ObjectField("press_1_to_accept", ObjectField.Kind.BOOLEAN),
			new ObjectField("participants", ObjectField.Kind.TEXT),
			new ObjectField("phone_numbers", ObjectField.Kind.TEXT));

	/** The fields a PUT writes, in the order they are sent. */
	private static final List<String> SETTINGS = List.of("label", "forward_to", "forward_to_enabled",
			"voicemail_greeting_url", "press_1_to_accept", "participants", "phone_numbers");

	/** The settings that are yes or no. */
	private static final Set<String> FLAGS = Set.of("forward_to_enabled", "press_1_to_accept");

	/** The fields that hold several values (split in the mapping). */
	static final Set<String> LISTS = Set.of("participants", "phone_numbers");

	public PhoneNumberMapper {
		fields = new LinkedHashMap<>(fields);
	}

	/**
	 * What a rented number costs a month, as the mapping declares it (Close bills by
	 * country and type; the plan multiplies by this).
	 */
	public record MonthlyPrice(BigDecimal monthly, String currency) {
	}

	@Override
	public MappingMode mode() {
		return MappingMode.UPSERT;
	}

	@Override
	public List<CustomFieldSpec> customFields() {
		return List.of();
	}

	@Override
	public String recordKey(Map<String, String> cells) {
		try {
			FieldCollector collector = new FieldCollector(cells);
			String label = collector.value("label", this.fields.get("label"));
			boolean group = "true".equals(collector.value("group", this.fields.get("group")));
			String user = collector.value("user", this.fields.get("user"));
			if (label == null || label.isBlank() || (user == null && !group)) {
				return null;
			}
			return (group ? "group" : user) + "|" + RecordKeys.normalise(label);
		}
		catch (FieldRejected ex) {
			return null;
		}
	}

	@Override
	public MappedRow map(long rowNumber, Map<String, String> cells) {
		try {
			FieldCollector collector = new FieldCollector(cells);
			Map<String, String> values = new LinkedHashMap<>();
			Map<String, List<String>> lists = new LinkedHashMap<>();
			for (Map.Entry<String, FieldMapping> field : this.fields.entrySet()) {
				if (LISTS.contains(field.getKey())) {
					List<String> items = collector.values(field.getKey(), field.getValue());
					if (!items.isEmpty()) {
						lists.put(field.getKey(), items);
					}
				}
				else {
					String value = collector.value(field.getKey(), field.getValue());
					if (value != null && !value.isBlank()) {
						values.put(field.getKey(), value.strip());
					}
				}
			}
			PhoneAction action = PhoneAction.valueOf(values.getOrDefault("action", "rent").toUpperCase(Locale.ROOT));
			boolean group = "true".equals(values.get("group"));
			String user = values.get("user");
			if (user == null && !group) {
				return rejection(rowNumber, "user", "the row names no user (nor says it is a group number)");
			}
			if (user != null && group) {
				return rejection(rowNumber, "user", "a group number belongs to no user: leave the user blank");
			}
			String label = values.get("label");
			if (label == null) {
				return rejection(rowNumber, "label",
						"the label is empty: it is how this number is found again in Close");
			}
			PhoneRent rent = null;
			if (action == PhoneAction.RENT) {
				String country = values.getOrDefault("country", "");
				if (!country.matches("[A-Za-z]{2}")) {
					return rejection(rowNumber, "country", country.isEmpty() ? "a rent needs a country"
							: "'" + country + "' is not a two-letter country code (US, GB, DE...)");
				}
				String prefix = values.getOrDefault("prefix", "");
				if (!prefix.matches("\\d{0,5}")) {
					return rejection(rowNumber, "prefix",
							"'" + prefix + "' is not a prefix of up to 5 digits without the country code");
				}
				rent = new PhoneRent(country.toUpperCase(Locale.ROOT), prefix, flag(values.get("with_sms")),
						flag(values.get("with_mms")), values.get("bundle_id"), values.get("carrier_type"));
			}
			Map<String, Object> settings = new LinkedHashMap<>();
			for (String name : SETTINGS) {
				if (lists.containsKey(name)) {
					if (!group) {
						return rejection(rowNumber, name, "only group numbers have " + name.replace('_', ' '));
					}
					settings.put(name, List.copyOf(lists.get(name)));
				}
				else if (values.containsKey(name)) {
					String value = values.get(name);
					settings.put(name, FLAGS.contains(name) ? Boolean.valueOf(value) : value);
				}
			}
			return new PhoneNumberRecord(rowNumber, recordKey(cells), action, user, label, rent, settings);
		}
		catch (FieldRejected ex) {
			return ex.toRejection(rowNumber);
		}
	}

	private Rejection rejection(long rowNumber, String field, String reason) {
		return new Rejection(rowNumber, column(field), reason);
	}

	/**
	 * The input column a field is read from, to name in a rejected row; the field's own
	 * name when the mapping does not map it.
	 */
	public String column(String field) {
		FieldMapping mapping = this.fields.get(field);
		return (mapping != null) ? mapping.column() : field;
	}

	private static Boolean flag(String value) {
		return (value == null) ? null : Boolean.valueOf(value);
	}

}
