package closebatch.setup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import closebatch.close.CloseClient;
import closebatch.close.NotFoundException;
import closebatch.close.Query;
import closebatch.setup.Setup.ActivityType;
import closebatch.setup.Setup.Association;
import closebatch.setup.Setup.EmailTemplate;
import closebatch.setup.Setup.Field;
import closebatch.setup.Setup.FieldScope;
import closebatch.setup.Setup.Named;
import closebatch.setup.Setup.Pipeline;
import closebatch.setup.Setup.SmsTemplate;
import closebatch.setup.Setup.Status;
import closebatch.setup.SetupChange.Action;
import closebatch.setup.SetupChange.Subject;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The changes that bring a target to a setup file, matched by name: what the file names
 * and the target lacks is created, what differs is updated (choices are added, never
 * removed), a definition is renamed only when the file says {@code renamed-from}, and
 * nothing is deleted unless {@code prune} (and never what records still hold).
 *
 * <p>
 * A value the file leaves out is left as the target has it. With {@code prune}, each list
 * the file fills (the lead statuses, a pipeline's statuses, the lead custom fields...) is
 * the whole list: what it does not name is deleted.
 */
final class SetupDiff {

	/**
	 * The parts of a setup in the order an apply works through them: each may need what
	 * the ones before it made (a custom activity type before its fields, a shared field
	 * before its associations).
	 */
	enum Part {

		LEAD_STATUSES, PIPELINES, PIPELINE_ORDER, CUSTOM_ACTIVITY_TYPES, CUSTOM_FIELDS, ACTIVITY_FIELDS, ASSOCIATIONS,
		TEMPLATES

	}

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final Setup file;

	private final Setup target;

	private final boolean prune;

	private final InUse inUse;

	private final List<SetupChange> changes = new ArrayList<>();

	private int unchanged;

	private SetupDiff(Setup file, Setup target, boolean prune, InUse inUse) {
		this.file = file;
		this.target = target;
		this.prune = prune;
		this.inUse = inUse;
	}

	/** The changes of some parts of a setup, in order. */
	static SetupDiff of(Setup file, Setup target, boolean prune, InUse inUse, Part... parts) {
		SetupDiff diff = new SetupDiff(file, target, prune, inUse);
		for (Part part : parts) {
			switch (part) {
				case LEAD_STATUSES -> diff.leadStatuses();
				case PIPELINES -> diff.pipelines();
				case PIPELINE_ORDER -> diff.pipelineOrder();
				case CUSTOM_ACTIVITY_TYPES -> diff.activityTypes();
				case CUSTOM_FIELDS -> diff.customFields();
				case ACTIVITY_FIELDS -> diff.activityFields();
				case ASSOCIATIONS -> diff.associations();
				case TEMPLATES -> diff.templates();
			}
		}
		return diff;
	}

	List<SetupChange> changes() {
		return List.copyOf(this.changes);
	}

	/** How many definitions of the file the target already holds as the file says. */
	int unchanged() {
		return this.unchanged;
	}

	private void leadStatuses() {
		Subject what = Subject.of("lead status");
		for (Pair<Status> pair : pairs(this.file.leadStatuses(), this.target.leadStatuses(), what)) {
			Status wanted = pair.wanted();
			if (pair.current() == null) {
				change(Action.CREATE, what, wanted.name(), "",
						(client) -> client.createOnce("status/lead/", JSON.objectNode().put("label", wanted.name()),
								found(client, "status/lead/", "label", wanted.name())));
			}
			else {
				update(what, wanted.name(), "status/lead/" + pair.current().id() + "/", pair, JSON.objectNode(),
						new ArrayList<>());
			}
		}
		for (Status left : leftovers(this.file.leadStatuses(), this.target.leadStatuses())) {
			delete(what, left, "status/lead/" + left.id() + "/", () -> this.inUse.leadStatus(left.id()));
		}
	}

	private void pipelines() {
		Subject what = Subject.of("pipeline");
		for (Pair<Pipeline> pair : pairs(this.file.pipelines(), this.target.pipelines(), what)) {
			Pipeline wanted = pair.wanted();
			if (pair.current() == null) {
				ObjectNode body = JSON.objectNode().put("name", wanted.name());
				ArrayNode statuses = body.putArray("statuses");
				wanted.statuses()
					.forEach((status) -> statuses.addObject().put("label", status.name()).put("type", status.type()));
				change(Action.CREATE, what, wanted.name(),
						"statuses " + String.join(", ", wanted.statuses().stream().map(Status::name).toList()),
						(client) -> client.createOnce("pipeline/", body,
								found(client, "pipeline/", "name", wanted.name())));
				continue;
			}
			update(what, wanted.name(), "pipeline/" + pair.current().id() + "/", pair, JSON.objectNode(),
					new ArrayList<>());
			pipelineStatuses(wanted, pair.current());
		}
		for (Pipeline left : leftovers(this.file.pipelines(), this.target.pipelines())) {
			Optional<String> holders = left.statuses()
				.stream()
				.map((status) -> this.inUse.opportunityStatus(status.id()))
				.flatMap(Optional::stream)
				.findFirst();
			delete(what, left, "pipeline/" + left.id() + "/", () -> holders, (client) -> left.statuses()
				.forEach((status) -> deleteIfThere(client, "status/opportunity/" + status.id() + "/")));
		}
	}

	private void pipelineStatuses(Pipeline wanted, Pipeline current) {
		Subject what = new Subject("opportunity status", "pipeline \"" + wanted.name() + "\"");
		for (Pair<Status> pair : pairs(wanted.statuses(), current.statuses(), what)) {
			Status status = pair.wanted();
			if (pair.current() == null) {
				change(Action.CREATE, what, status.name(), status.type(),
						(client) -> client.createOnce("status/opportunity/",
								JSON.objectNode()
									.put("pipeline_id", current.id())
									.put("label", status.name())
									.put("type", status.type()),
								() -> client.get("status/opportunity/")
									.path("data")
									.values()
									.stream()
									.filter((existing) -> current.id().equals(existing.path("pipeline_id").asString())
											&& status.name().equalsIgnoreCase(existing.path("label").asString("")))
									.findFirst()));
				continue;
			}
			if (!status.type().equals(pair.current().type())) {
				change(Action.CONFLICT, what, status.name(), "the file says " + status.type()
						+ ", the organization has " + pair.current().type() + "; Close cannot change a status's type",
						null);
			}
			else {
				update(what, status.name(), "status/opportunity/" + pair.current().id() + "/", pair, JSON.objectNode(),
						new ArrayList<>());
			}
		}
		for (Status left : leftovers(wanted.statuses(), current.statuses())) {
			delete(what, left, "status/opportunity/" + left.id() + "/", () -> this.inUse.opportunityStatus(left.id()));
		}
	}

	/**
	 * Puts a pipeline's statuses in the file's order, those the file does not name after
	 * them; a status is added last, so a pipeline the file reorders needs this.
	 */
	private void pipelineOrder() {
		for (Pair<Pipeline> pair : pairs(this.file.pipelines(), this.target.pipelines(), Subject.of("pipeline"))) {
			if (pair.current() == null || pair.wanted().statuses().isEmpty()) {
				continue;
			}
			List<Status> ordered = new ArrayList<>();
			for (Pair<Status> status : pairs(pair.wanted().statuses(), pair.current().statuses(),
					Subject.of("opportunity status"))) {
				if (status.current() != null) {
					ordered.add(status.current());
				}
			}
			pair.current().statuses().stream().filter((status) -> !ordered.contains(status)).forEach(ordered::add);
			if (ordered.equals(pair.current().statuses())) {
				continue;
			}
			ObjectNode body = JSON.objectNode();
			ArrayNode statuses = body.putArray("statuses");
			ordered.forEach((status) -> statuses.addObject().put("id", status.id()));
			change(Action.UPDATE, Subject.of("pipeline"), pair.wanted().name(),
					"status order " + String.join(", ", ordered.stream().map(Status::name).toList()),
					(client) -> client.put("pipeline/" + pair.current().id() + "/", body));
		}
	}

	private void activityTypes() {
		Subject what = Subject.of("custom activity type");
		for (Pair<ActivityType> pair : pairs(this.file.customActivityTypes(), this.target.customActivityTypes(),
				what)) {
			ActivityType wanted = pair.wanted();
			ObjectNode body = JSON.objectNode();
			List<String> details = new ArrayList<>();
			if (pair.current() == null || pair.renamed()) {
				body.put("name", wanted.name());
			}
			if (wanted.description() != null
					&& (pair.current() == null || !wanted.description().equals(pair.current().description()))) {
				body.put("description", wanted.description());
				details.add("description");
			}
			if (wanted.apiCreateOnly() != null
					&& (pair.current() == null || !wanted.apiCreateOnly().equals(pair.current().apiCreateOnly()))) {
				body.put("api_create_only", wanted.apiCreateOnly());
				details.add("api-create-only " + wanted.apiCreateOnly());
			}
			if (pair.current() == null) {
				change(Action.CREATE, what, wanted.name(), String.join(", ", details), (client) -> client
					.createOnce("custom_activity/", body, found(client, "custom_activity/", "name", wanted.name())));
			}
			else {
				update(what, wanted.name(), "custom_activity/" + pair.current().id() + "/", pair, body, details);
			}
		}
		for (ActivityType left : leftovers(this.file.customActivityTypes(), this.target.customActivityTypes())) {
			delete(what, left, "custom_activity/" + left.id() + "/", () -> this.inUse.customActivityType(left.id()));
		}
	}

	private void customFields() {
		for (FieldScope scope : FieldScope.values()) {
			Subject what = Subject.of(scope.key() + " custom field");
			String path = "custom_field/" + scope.key() + "/";
			fields(what, path, this.file.fields(scope), this.target.fields(scope), JSON.objectNode(),
					(field) -> usedBy(scope, field));
		}
	}

	private Optional<String> usedBy(FieldScope scope, Field field) {
		if (scope != FieldScope.SHARED) {
			return this.inUse.field(scope.key(), field.id());
		}
		return field.associations()
			.stream()
			.map((association) -> this.inUse.field(association.objectType(), field.id()))
			.flatMap(Optional::stream)
			.findFirst();
	}

	private void activityFields() {
		for (ActivityType type : this.file.customActivityTypes()) {
			Subject what = new Subject("field", "custom activity type \"" + type.name() + "\"");
			Optional<ActivityType> current = find(type, this.target.customActivityTypes());
			if (current.isEmpty()) {
				type.fields().forEach((field) -> change(Action.CREATE, what, field.name(), field.type(), null));
				continue;
			}
			fields(what, "custom_field/activity/", type.fields(), current.get().fields(),
					JSON.objectNode().put("custom_activity_type_id", current.get().id()),
					(field) -> this.inUse.field("activity", field.id()));
		}
	}

	/**
	 * The changes of a list of custom fields.
	 * @param path the fields' endpoint
	 * @param creating what a create sends besides the field (its custom activity type)
	 */
	private void fields(Subject what, String path, List<Field> wanted, List<Field> current, ObjectNode creating,
			Function<Field, Optional<String>> usedBy) {
		for (Pair<Field> pair : pairs(wanted, current, what)) {
			Field field = pair.wanted();
			if (pair.current() == null) {
				createField(what, path, field, creating);
			}
			else {
				updateField(what, path, pair);
			}
		}
		for (Field left : leftovers(wanted, current)) {
			delete(what, left, path + left.id() + "/", () -> usedBy.apply(left));
		}
	}

	private void createField(Subject what, String path, Field field, ObjectNode creating) {
		if (field.type() == null) {
			change(Action.CONFLICT, what, field.name(), "the organization has no such field and the file gives no type",
					null);
			return;
		}
		ObjectNode body = creating.deepCopy().put("name", field.name()).put("type", field.type());
		if (field.description() != null) {
			body.put("description", field.description());
		}
		if (field.multipleValues() != null) {
			body.put("accepts_multiple_values", field.multipleValues());
		}
		if (field.required() != null) {
			body.put("required", field.required());
		}
		if (field.choices() != null) {
			ArrayNode choices = body.putArray("choices");
			field.choices().forEach(choices::add);
		}
		String typeId = creating.path("custom_activity_type_id").asString(null);
		change(Action.CREATE, what, field.name(), field.type(),
				(client) -> client.createOnce(path, body,
						() -> client.listAll(path, Query.empty())
							.filter((existing) -> field.name().equals(existing.path("name").asString(""))
									&& Objects.equals(typeId, existing.path("custom_activity_type_id").asString(null)))
							.findFirst()));
	}

	private void updateField(Subject what, String path, Pair<Field> pair) {
		Field wanted = pair.wanted();
		Field current = pair.current();
		if (wanted.type() != null && !wanted.type().equals(current.type())) {
			change(Action.CONFLICT, what, wanted.name(), "the file says type " + wanted.type()
					+ ", the organization has " + current.type() + "; change it in Close or rename one of them", null);
			return;
		}
		ObjectNode body = JSON.objectNode();
		List<String> details = new ArrayList<>();
		if (wanted.description() != null && !wanted.description().equals(current.description())) {
			body.put("description", wanted.description());
			details.add("description");
		}
		if (wanted.multipleValues() != null && !wanted.multipleValues().equals(current.multipleValues())) {
			body.put("accepts_multiple_values", wanted.multipleValues());
			details.add("multiple-values " + wanted.multipleValues());
		}
		if (wanted.required() != null && !wanted.required().equals(current.required())) {
			body.put("required", wanted.required());
			details.add("required " + wanted.required());
		}
		if (wanted.choices() != null && current.choices() != null) {
			Set<String> choices = new LinkedHashSet<>(current.choices());
			List<String> added = wanted.choices().stream().filter((choice) -> !choices.contains(choice)).toList();
			List<String> removed = this.prune
					? current.choices().stream().filter((choice) -> !wanted.choices().contains(choice)).toList()
					: List.of();
			if (!added.isEmpty() || !removed.isEmpty()) {
				choices.addAll(added);
				choices.removeAll(removed);
				ArrayNode list = body.putArray("choices");
				choices.forEach(list::add);
				details.add("choices" + (added.isEmpty() ? "" : " + " + String.join(", ", added))
						+ (removed.isEmpty() ? "" : " - " + String.join(", ", removed)));
			}
		}
		update(what, wanted.name(), path + current.id() + "/", pair, body, details);
	}

	private void associations() {
		for (Field field : this.file.fields(FieldScope.SHARED)) {
			if (field.associations() == null) {
				continue;
			}
			Subject what = new Subject("association", "shared field \"" + field.name() + "\"");
			Optional<Field> current = find(field, this.target.fields(FieldScope.SHARED));
			List<Association> held = current.map(Field::associations).orElse(List.of());
			for (Association wanted : field.associations()) {
				Optional<Association> existing = held.stream().filter(wanted::sameTarget).findFirst();
				if (existing.isPresent()) {
					associationRequired(what, current.get(), wanted, existing.get());
					continue;
				}
				String typeId = null;
				if (wanted.customActivityType() != null) {
					Optional<ActivityType> type = find(named(wanted.customActivityType()),
							this.target.customActivityTypes());
					if (type.isEmpty()
							&& find(named(wanted.customActivityType()), this.file.customActivityTypes()).isEmpty()) {
						change(Action.CONFLICT, what, wanted.name(),
								"there is no custom activity type named \"" + wanted.customActivityType() + "\"", null);
						continue;
					}
					typeId = type.map(ActivityType::id).orElse(null);
				}
				boolean ready = current.isPresent() && (wanted.customActivityType() == null || typeId != null);
				change(Action.CREATE, what, wanted.name(), wanted.kind(),
						ready ? associate(current.get().id(), wanted, typeId) : null);
			}
			if (current.isPresent() && this.prune && !field.associations().isEmpty()) {
				for (Association left : held) {
					if (field.associations().stream().noneMatch(left::sameTarget)) {
						dissociate(what, current.get(), left);
					}
				}
			}
		}
	}

	private void associationRequired(Subject what, Field field, Association wanted, Association existing) {
		if (wanted.required() == null || wanted.required().equals(existing.required())) {
			this.unchanged++;
			return;
		}
		Optional<String> path = associationPath(field, existing);
		change(Action.UPDATE, what, existing.name(), "required " + wanted.required(),
				(client) -> client.put(path.orElseThrow(), JSON.objectNode().put("required", wanted.required())));
	}

	private Consumer<CloseClient> associate(String fieldId, Association wanted, String typeId) {
		ObjectNode body = JSON.objectNode().put("object_type", wanted.objectType());
		if (typeId != null) {
			body.put("custom_activity_type_id", typeId);
		}
		if (wanted.required() != null) {
			body.put("required", wanted.required());
		}
		return (client) -> client.createOnce("custom_field/shared/" + fieldId + "/association/", body,
				() -> client.get("custom_field/shared/" + fieldId + "/")
					.path("associations")
					.values()
					.stream()
					.filter((association) -> wanted.objectType().equals(association.path("object_type").asString(""))
							&& Objects.equals(typeId, association.path("custom_activity_type_id").asString(null)))
					.findFirst());
	}

	private void dissociate(Subject what, Field field, Association left) {
		Optional<String> path = associationPath(field, left);
		Optional<String> holders = this.inUse.field(left.objectType(), field.id());
		if (holders.isPresent()) {
			change(Action.REFUSED, what, left.name(), "still held by " + holders.get(), null);
			return;
		}
		change(Action.DELETE, what, left.name(), left.kind(), (client) -> deleteIfThere(client, path.orElseThrow()));
	}

	private Optional<String> associationPath(Field field, Association association) {
		String base = "custom_field/shared/" + field.id() + "/association/";
		if (association.customActivityType() == null) {
			return Optional.of(base + association.objectType() + "/");
		}
		return find(named(association.customActivityType()), this.target.customActivityTypes())
			.map((type) -> base + "custom_activity_type/" + type.id() + "/");
	}

	private void templates() {
		Subject email = Subject.of("email template");
		for (Pair<EmailTemplate> pair : pairs(this.file.emailTemplates(), this.target.emailTemplates(), email)) {
			EmailTemplate wanted = pair.wanted();
			EmailTemplate current = pair.current();
			ObjectNode body = JSON.objectNode();
			List<String> details = new ArrayList<>();
			set(body, details, "subject", "subject", wanted.subject(), (current == null) ? null : current.subject());
			set(body, details, "body", "body", wanted.body(), (current == null) ? null : current.body());
			set(body, details, "is_shared", "shared", wanted.shared(), (current == null) ? null : current.shared());
			set(body, details, "is_archived", "archived", wanted.archived(),
					(current == null) ? null : current.archived());
			templateChange(email, "email_template/", pair, body, details, null);
		}
		for (EmailTemplate left : leftovers(this.file.emailTemplates(), this.target.emailTemplates())) {
			delete(email, left, "email_template/" + left.id() + "/", Optional::empty);
		}
		Subject sms = Subject.of("SMS template");
		for (Pair<SmsTemplate> pair : pairs(this.file.smsTemplates(), this.target.smsTemplates(), sms)) {
			SmsTemplate wanted = pair.wanted();
			SmsTemplate current = pair.current();
			ObjectNode body = JSON.objectNode();
			List<String> details = new ArrayList<>();
			set(body, details, "text", "text", wanted.text(), (current == null) ? null : current.text());
			set(body, details, "is_shared", "shared", wanted.shared(), (current == null) ? null : current.shared());
			// Close creates SMS templates active; archiving is an update.
			String status = (wanted.archived() == null) ? null : wanted.archived() ? "archived" : "active";
			String currentStatus = (current == null) ? "active" : current.archived() ? "archived" : "active";
			ObjectNode archive = (status != null && !status.equals(currentStatus))
					? JSON.objectNode().put("status", status) : null;
			if (archive != null) {
				details.add(status);
				if (current != null) {
					body.setAll(archive);
				}
			}
			templateChange(sms, "sms_template/", pair, body, details, (current == null) ? archive : null);
		}
		for (SmsTemplate left : leftovers(this.file.smsTemplates(), this.target.smsTemplates())) {
			delete(sms, left, "sms_template/" + left.id() + "/", Optional::empty);
		}
	}

	/**
	 * Creates or updates a template.
	 * @param afterCreate sent as an update right after a create, or null
	 */
	private <T extends Named> void templateChange(Subject what, String path, Pair<T> pair, ObjectNode body,
			List<String> details, ObjectNode afterCreate) {
		String name = pair.wanted().name();
		if (pair.current() != null) {
			update(what, name, path + pair.current().id() + "/", pair, body, details);
			return;
		}
		ObjectNode create = body.deepCopy().put("name", name);
		change(Action.CREATE, what, name, String.join(", ", details), (client) -> {
			JsonNode created = client.createOnce(path, create, found(client, path, "name", name));
			if (afterCreate != null) {
				client.put(path + created.path("id").asString() + "/", afterCreate);
			}
		});
	}

	private static void set(ObjectNode body, List<String> details, String key, String label, Object wanted,
			Object current) {
		if (wanted == null || wanted.equals(current)) {
			return;
		}
		if (wanted instanceof Boolean flag) {
			body.put(key, flag);
			details.add(label + " " + flag);
		}
		else {
			body.put(key, wanted.toString());
			details.add(label);
		}
	}

	/** A rename or an update of one definition, or nothing when the body is empty. */
	private <T extends Named> void update(Subject what, String name, String path, Pair<T> pair, ObjectNode body,
			List<String> details) {
		if (pair.renamed()) {
			body.put((pair.wanted() instanceof Status) ? "label" : "name", name);
			details.add(0, "from \"" + pair.current().name() + "\"");
		}
		if (body.isEmpty()) {
			this.unchanged++;
			return;
		}
		Action action = (pair.renamed() && details.size() == 1) ? Action.RENAME : Action.UPDATE;
		change(action, what, name, String.join(", ", details), (client) -> client.put(path, body));
	}

	private <T extends Named> void delete(Subject what, T left, String path, Holders holders) {
		delete(what, left, path, holders, (client) -> {
		});
	}

	/**
	 * Deletes, with {@code prune}, what the file does not name, unless records hold it.
	 * @param before sent before the delete (a pipeline's statuses go first)
	 */
	private <T extends Named> void delete(Subject what, T left, String path, Holders holders,
			Consumer<CloseClient> before) {
		if (!this.prune) {
			return;
		}
		Optional<String> held = holders.find();
		if (held.isPresent()) {
			change(Action.REFUSED, what, left.name(), "still held by " + held.get(), null);
			return;
		}
		change(Action.DELETE, what, left.name(), "", (client) -> {
			before.accept(client);
			deleteIfThere(client, path);
		});
	}

	/** A delete whose answer was lost and is sent again meets a 404: it is done. */
	private static void deleteIfThere(CloseClient client, String path) {
		try {
			client.delete(path);
		}
		catch (NotFoundException ex) {
			// Deleted already.
		}
	}

	private void change(Action action, Subject what, String name, String detail, Consumer<CloseClient> write) {
		this.changes.add(new SetupChange(action, what, name, detail, write));
	}

	/** Looks a definition up by a key of its list endpoint, after a create in doubt. */
	private static Supplier<Optional<JsonNode>> found(CloseClient client, String path, String key, String value) {
		return () -> client.listAll(path, Query.empty())
			.filter((existing) -> value.equalsIgnoreCase(existing.path(key).asString("")))
			.findFirst();
	}

	/** Records that hold a definition, named; empty when none does. */
	@FunctionalInterface
	private interface Holders {

		Optional<String> find();

	}

	/**
	 * A definition of the file and the target's of its name (or of its
	 * {@code renamed-from}), or null.
	 */
	private record Pair<T extends Named>(T wanted, T current, boolean renamed) {
	}

	private <T extends Named> List<Pair<T>> pairs(List<T> wanted, List<T> current, Subject what) {
		List<Pair<T>> pairs = new ArrayList<>();
		for (T item : wanted) {
			List<T> byName = matching(item.name(), current);
			if (byName.size() > 1) {
				change(Action.CONFLICT, what, item.name(), "the organization has " + byName.size() + " of that name",
						null);
				continue;
			}
			if (byName.size() == 1) {
				pairs.add(new Pair<>(item, byName.get(0), false));
				continue;
			}
			List<T> before = (item.renamedFrom() == null) ? List.of() : matching(item.renamedFrom(), current);
			pairs.add(new Pair<>(item, before.size() == 1 ? before.get(0) : null, before.size() == 1));
		}
		return pairs;
	}

	/** What the target holds that no definition of a list the file fills names. */
	private static <T extends Named> List<T> leftovers(List<T> wanted, List<T> current) {
		if (wanted.isEmpty()) {
			return List.of();
		}
		Set<String> named = new HashSet<>();
		for (T item : wanted) {
			named.add(item.name().toLowerCase(Locale.ROOT));
			if (item.renamedFrom() != null) {
				named.add(item.renamedFrom().toLowerCase(Locale.ROOT));
			}
		}
		return current.stream().filter((item) -> !named.contains(item.name().toLowerCase(Locale.ROOT))).toList();
	}

	private static <T extends Named> Optional<T> find(T wanted, List<T> current) {
		List<T> byName = matching(wanted.name(), current);
		if (byName.isEmpty() && wanted.renamedFrom() != null) {
			byName = matching(wanted.renamedFrom(), current);
		}
		return (byName.size() == 1) ? Optional.of(byName.get(0)) : Optional.empty();
	}

	/** The definitions of a name: exactly so, or else ignoring case. */
	private static <T extends Named> List<T> matching(String name, List<T> current) {
		List<T> exact = current.stream().filter((item) -> item.name().equals(name)).toList();
		return exact.isEmpty() ? current.stream().filter((item) -> item.name().equalsIgnoreCase(name)).toList() : exact;
	}

	/** A custom activity type known only by name, to look it up. */
	private static ActivityType named(String name) {
		return new ActivityType(null, name, null, null, null, List.of());
	}

}
