package closebatch.mapping;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import closebatch.config.YamlLocation;

/**
 * A custom field a mapping writes, by name, for the load stage to resolve to its
 * {@code cf_} id once per run.
 *
 * @param owner the kind of object the field belongs to
 * @param name the field's name in Close
 * @param createMissing whether to create the field when Close has none of that name
 * @param type the declared Close type ({@code text}, {@code number}, {@code date}, ...),
 * or {@code null} when not declared
 * @param choices the choices to create a {@code choices} field with
 * @param location where the mapping names the field, for errors about it
 */
public record CustomFieldSpec(Owner owner, String name, boolean createMissing, String type, List<String> choices,
		YamlLocation location) {

	/** Close's custom field types. */
	public static final Set<String> TYPES = Set.of("text", "textarea", "number", "date", "datetime", "choices", "user",
			"contact", "hidden");

	/** Types whose fields can hold several values. */
	public static final Set<String> MULTIPLE_VALUE_TYPES = Set.of("choices", "user", "contact");

	/** Which object the field belongs to. */
	public enum Owner {

		/** A lead custom field. */
		LEAD,

		/** A contact custom field. */
		CONTACT,

		/** An opportunity custom field. */
		OPPORTUNITY,

		/** A field of a custom activity type. */
		ACTIVITY

	}

	public CustomFieldSpec {
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(name, "name");
		choices = List.copyOf(choices);
		if (createMissing && type == null) {
			throw new IllegalArgumentException("creating a missing field needs its type");
		}
	}

}
