package closebatch.setup;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An organization's setup by name: what a setup file says and what a target holds. Read
 * from a target, each definition knows its Close id; read from a file, none does, and a
 * value the file leaves out is null (left as the target has it).
 *
 * @param customFields the lead, contact, opportunity and shared custom fields, by scope
 * @param leadStatuses in Close's order
 * @param pipelines in Close's order, each with its opportunity statuses in order
 * @param customActivityTypes each with its own fields in order
 */
public record Setup(Map<FieldScope, List<Field>> customFields, List<Status> leadStatuses, List<Pipeline> pipelines,
		List<ActivityType> customActivityTypes, List<EmailTemplate> emailTemplates, List<SmsTemplate> smsTemplates) {

	public Setup {
		customFields = Map.copyOf(customFields);
		leadStatuses = List.copyOf(leadStatuses);
		pipelines = List.copyOf(pipelines);
		customActivityTypes = List.copyOf(customActivityTypes);
		emailTemplates = List.copyOf(emailTemplates);
		smsTemplates = List.copyOf(smsTemplates);
	}

	public List<Field> fields(FieldScope scope) {
		return this.customFields.getOrDefault(scope, List.of());
	}

	/** Where custom fields live in Close, each with its endpoint. */
	public enum FieldScope {

		LEAD("lead"), CONTACT("contact"), OPPORTUNITY("opportunity"), SHARED("shared");

		private final String key;

		FieldScope(String key) {
			this.key = key;
		}

		/** Its key in a setup file and in Close's {@code /custom_field/<key>/}. */
		public String key() {
			return this.key;
		}

	}

	/** Anything of a setup with a unique name; {@code renamedFrom} names it before. */
	public interface Named {

		String id();

		String name();

		String renamedFrom();

	}

	/**
	 * A custom field: of a scope, or of a custom activity type ({@code required} only
	 * there), or shared ({@code associations} only there).
	 */
	public record Field(String id, String name, String renamedFrom, String type, String description,
			Boolean multipleValues, List<String> choices, Boolean required,
			List<Association> associations) implements Named {

		public Field {
			Objects.requireNonNull(name, "name");
			choices = (choices == null) ? null : List.copyOf(choices);
			associations = (associations == null) ? null : List.copyOf(associations);
		}

	}

	/**
	 * Where a shared field appears: {@code lead}, {@code contact}, {@code opportunity},
	 * or a custom activity type by name.
	 */
	public record Association(String objectType, String customActivityType, Boolean required) {

		/** The object type, or the custom activity type's name. */
		public String name() {
			return (this.customActivityType == null) ? this.objectType : this.customActivityType;
		}

		/** What {@link #name()} names: empty for an object type. */
		String kind() {
			return (this.customActivityType == null) ? "" : "custom activity type";
		}

		boolean sameTarget(Association other) {
			return this.objectType.equals(other.objectType)
					&& Objects.equals(this.customActivityType, other.customActivityType);
		}

	}

	/**
	 * A lead status, or an opportunity status with its {@code type} (active, won, lost).
	 */
	public record Status(String id, String name, String renamedFrom, String type) implements Named {
	}

	public record Pipeline(String id, String name, String renamedFrom, List<Status> statuses) implements Named {

		public Pipeline {
			statuses = List.copyOf(statuses);
		}

	}

	public record ActivityType(String id, String name, String renamedFrom, String description, Boolean apiCreateOnly,
			List<Field> fields) implements Named {

		public ActivityType {
			fields = List.copyOf(fields);
		}

	}

	public record EmailTemplate(String id, String name, String renamedFrom, String subject, String body, Boolean shared,
			Boolean archived) implements Named {
	}

	public record SmsTemplate(String id, String name, String renamedFrom, String text, Boolean shared,
			Boolean archived) implements Named {
	}

}
