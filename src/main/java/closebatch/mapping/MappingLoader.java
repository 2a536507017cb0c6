package closebatch.mapping;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import closebatch.config.ConfigError;
import closebatch.config.YamlMap;
import closebatch.config.YamlNode;
import closebatch.config.YamlReader;
import closebatch.config.YamlScalar;

/**
 * Compiles a mapping file ({@code mappings/*.yaml}) against the input file's headers into
 * a {@link RecordMapper}.
 *
 * <p>
 * Everything that can be checked before a row is read is checked here: unknown keys
 * (Close fields), unknown columns, bad transforms and their patterns, locales, zones and
 * countries. The first mistake stops the job with a {@link MappingError} at its line.
 */
public final class MappingLoader {

	static final Set<String> TOP_KEYS = Set.of("mode", "key", "identity", "lead", "contacts");

	static final Set<String> OBJECT_TOP_KEYS = Set.of("mode", "identity", "link", "opportunity", "task", "note", "call",
			"custom-activity");

	static final Set<String> PHONE_TOP_KEYS = Set.of("identity", "phone_number", "has-voice-only", "price");

	static final Set<String> PRICE_KEYS = Set.of("monthly", "currency");

	static final Set<String> OBJECT_IDENTITY_KEYS = Set.of("key", "namespace");

	static final Set<String> LINK_KEYS = Set.of("lead", "contact");

	static final Set<String> LEAD_LINK_KEYS = Set.of("namespace", "key", "id");

	static final Set<String> CONTACT_LINK_KEYS = Set.of("email", "name");

	static final Set<String> IDENTITY_KEYS = Set.of("key", "namespace", "match");

	static final Set<String> LEAD_KEYS = Set.of("name", "url", "description", "status", "addresses", "custom");

	static final Set<String> CONTACT_KEYS = Set.of("name", "title", "emails", "phones", "urls", "custom");

	static final Set<String> ADDRESS_KEYS = Set.of("label", "address_1", "address_2", "city", "state", "zipcode",
			"country");

	static final Set<String> ADDRESS_LABELS = Set.of("business", "mailing", "office", "other");

	static final Set<String> CUSTOM_KEYS = Set.of("create-missing", "type", "choices");

	private final ColumnIndex columns;

	private final FieldReader fields;

	private MappingLoader(List<String> headers) {
		this.columns = new ColumnIndex(headers);
		this.fields = new FieldReader(this.columns);
	}

	/**
	 * Compiles a mapping file.
	 * @param file the mapping file; reported as given
	 * @param headers the input file's headers, in column order
	 * @return the mapper
	 * @throws MappingError at the first mistake, with its line and a hint
	 */
	public static RowMapper load(Path file, List<String> headers) {
		try {
			return new MappingLoader(headers).compile(YamlReader.read(file), file.toString());
		}
		catch (ConfigError ex) {
			throw MappingError.of(ex);
		}
	}

	/** Compiles mapping YAML text; {@code source} names it in errors. */
	public static RowMapper load(String yaml, String source, List<String> headers) {
		try {
			return new MappingLoader(headers).compile(YamlReader.read(yaml, source), source);
		}
		catch (ConfigError ex) {
			throw MappingError.of(ex);
		}
	}

	private RowMapper compile(YamlNode root, String source) {
		YamlMap mapping = root.asMap("a mapping file");
		if (mapping.has("phone_number")) {
			return phoneNumberMapping(mapping, source);
		}
		List<ObjectType> objects = java.util.Arrays.stream(ObjectType.values())
			.filter((type) -> mapping.has(type.key()))
			.toList();
		if (!objects.isEmpty() && !mapping.has("lead")) {
			return objectMapping(mapping, source, objects);
		}
		mapping.rejectUnknownKeys("the mapping", TOP_KEYS);
		MappingMode mode = mode(mapping);
		LeadMapping lead = lead(mapping.require("lead", "the mapping").asMap("'lead'"));
		Identity identity = identity(mapping, source, lead);
		if (mode == MappingMode.UPDATE && identity.keyColumns().isEmpty() && identity.match().size() == 1) {
			throw new MappingError(mapping.get("mode").orElseThrow().location(),
					"mode 'update' needs a way to find the leads",
					"add 'identity: {key: [...]}' with the columns that identify a lead, or a match rule");
		}
		List<ContactMapping> contacts = new ArrayList<>();
		mapping.get("contacts")
			.ifPresent((list) -> list.asList("'contacts'").items().forEach((item) -> contacts.add(contact(item))));
		return new RecordMapper(source, mode, identity, lead, contacts);
	}

	/**
	 * The {@code identity} block, or the older top-level {@code key}: the key columns,
	 * the namespace (the mapping file's name unless set) and the match rules, key first.
	 */
	private Identity identity(YamlMap mapping, String source, LeadMapping lead) {
		YamlMap identity = mapping.get("identity").map((node) -> node.asMap("'identity'")).orElse(null);
		if (identity != null && mapping.has("key")) {
			throw new MappingError(mapping.entry("key").orElseThrow().keyLocation(),
					"'key' is given both at the top and in 'identity'", "keep only 'identity: {key: [...]}'");
		}
		if (identity != null) {
			identity.rejectUnknownKeys("'identity'", IDENTITY_KEYS);
		}
		YamlMap keyOwner = (identity != null) ? identity : mapping;
		List<String> keyColumns = keyOwner.get("key")
			.map((key) -> key.asList("'key'").items().stream().map(this.columns::column).toList())
			.orElse(List.of());
		String namespace = (identity != null) ? namespace(identity, source) : Identity.defaultNamespace(source);
		List<MatchRule> rules = new ArrayList<>(List.of(new MatchRule.Key()));
		if (identity != null && identity.has("match")) {
			for (YamlNode item : identity.get("match").orElseThrow().asList("'match'").items()) {
				MatchRule rule = matchRule(item, lead);
				if (!rules.contains(rule)) {
					rules.add(rule);
				}
			}
		}
		return new Identity(namespace, keyColumns, rules);
	}

	/**
	 * A mapping of objects of a lead: one object type's block, the {@code link} to the
	 * lead (and contact), and the object's own identity.
	 */
	private ObjectMapper objectMapping(YamlMap mapping, String source, List<ObjectType> objects) {
		mapping.rejectUnknownKeys("a mapping of " + objects.get(0).key() + "s", OBJECT_TOP_KEYS);
		if (objects.size() > 1) {
			throw new MappingError(mapping.entry(objects.get(1).key()).orElseThrow().keyLocation(),
					"a mapping loads one kind of object, and this one has both '" + objects.get(0).key() + "' and '"
							+ objects.get(1).key() + "'",
					"write a mapping file for each, and list both as steps of the job");
		}
		ObjectType type = objects.get(0);
		YamlMap block = mapping.require(type.key(), "the mapping").asMap("'" + type.key() + "'");
		String customType = null;
		boolean createType = false;
		Set<String> allowed = new java.util.LinkedHashSet<>(type.fieldNames());
		if (type.hasCustomFields()) {
			allowed.add("custom");
		}
		if (type == ObjectType.CUSTOM_ACTIVITY) {
			allowed.add("type");
			YamlNode typeNode = block.require("type", "'custom-activity'");
			if (typeNode instanceof YamlMap typeMap) {
				typeMap.rejectUnknownKeys("'custom-activity.type'", Set.of("name", "create-missing"));
				customType = typeMap.require("name", "'custom-activity.type'").asText("the type's name");
				createType = typeMap.flag("create-missing", false);
			}
			else {
				customType = typeNode.asText("the custom activity type's name");
			}
		}
		block.rejectUnknownKeys("'" + type.key() + "' (Close " + type.key() + " fields)", allowed);
		Map<String, FieldMapping> fields = new java.util.LinkedHashMap<>();
		boolean createStatuses = false;
		for (YamlMap.Entry entry : block.entries()) {
			ObjectField field = type.field(entry.key()).orElse(null);
			if (field == null) {
				continue;
			}
			String what = "'" + entry.key() + "'";
			boolean status = field.kind() == ObjectField.Kind.STATUS;
			FieldMapping compiled = status ? this.fields.read(entry.value(), what, Set.of("create-missing"))
					: this.fields.single(entry.value(), what);
			if (status && entry.value() instanceof YamlMap map) {
				createStatuses = map.flag("create-missing", false);
			}
			fields.put(entry.key(), compiled.then(Transform.eachValue(field::check)));
		}
		List<CustomField> custom = type.hasCustomFields() ? custom(block,
				(type == ObjectType.OPPORTUNITY) ? CustomFieldSpec.Owner.OPPORTUNITY : CustomFieldSpec.Owner.ACTIVITY)
				: List.of();
		YamlMap link = mapping.require("link", "a mapping of " + type.key() + "s").asMap("'link'");
		link.rejectUnknownKeys("'link'", LINK_KEYS);
		return new ObjectMapper(source, mode(mapping), objectIdentity(mapping, source), type, customType, createType,
				createStatuses,
				block.get("type").map(YamlNode::location).orElse(mapping.entry(type.key()).orElseThrow().keyLocation()),
				leadLink(link.require("lead", "'link'").asMap("'link.lead'")),
				link.get("contact").map((node) -> contactLink(node.asMap("'link.contact'"))).orElse(null), fields,
				custom);
	}

	/**
	 * A phone-numbers mapping: the {@code phone_number} block's fields, what to do when
	 * only voice numbers exist, and the price of a number.
	 */
	private PhoneNumberMapper phoneNumberMapping(YamlMap mapping, String source) {
		mapping.rejectUnknownKeys("a phone-numbers mapping", PHONE_TOP_KEYS);
		YamlMap block = mapping.require("phone_number", "the mapping").asMap("'phone_number'");
		block.rejectUnknownKeys("'phone_number' (the fields of a Close phone number and of a rent)",
				PhoneNumberMapper.FIELDS.stream().map(ObjectField::name).collect(java.util.stream.Collectors.toSet()));
		Map<String, FieldMapping> fields = new java.util.LinkedHashMap<>();
		for (ObjectField field : PhoneNumberMapper.FIELDS) {
			block.get(field.name()).ifPresent((node) -> {
				String what = "'" + field.name() + "'";
				FieldMapping compiled = PhoneNumberMapper.LISTS.contains(field.name())
						? this.fields.read(node, what, Set.of()) : this.fields.single(node, what);
				fields.put(field.name(), compiled.then(Transform.eachValue(field::check)));
			});
		}
		if (!fields.containsKey("label")) {
			throw new MappingError(block.location(), "'phone_number' maps no 'label'",
					"map a column to 'label': a number is found again in Close by its user and its label");
		}
		if (!fields.containsKey("user") && !fields.containsKey("group")) {
			throw new MappingError(block.location(), "'phone_number' maps neither 'user' nor 'group'",
					"map the column with each rep's email to 'user' (or a yes/no column to 'group')");
		}
		boolean retryVoiceOnly = mapping.text("has-voice-only").map((text) -> switch (text.strip()) {
			case "retry-without-sms" -> true;
			case "reject" -> false;
			default -> throw new MappingError(mapping.get("has-voice-only").orElseThrow().location(),
					"unknown 'has-voice-only' '" + text + "'", "use 'reject' (the default) or 'retry-without-sms'");
		}).orElse(false);
		PhoneNumberMapper.MonthlyPrice price = mapping.get("price").map((node) -> {
			YamlMap map = node.asMap("'price'");
			map.rejectUnknownKeys("'price'", PRICE_KEYS);
			YamlNode monthly = map.require("monthly", "'price'");
			try {
				java.math.BigDecimal amount = new java.math.BigDecimal(monthly.asText("'price.monthly'").strip());
				if (amount.signum() < 0) {
					throw new NumberFormatException();
				}
				return new PhoneNumberMapper.MonthlyPrice(amount, map.text("currency").orElse("USD"));
			}
			catch (NumberFormatException ex) {
				throw new MappingError(monthly.location(), "'price.monthly' is not an amount",
						"write what a number costs a month, such as 1.15");
			}
		}).orElse(null);
		Identity identity = mapping.get("identity").map((node) -> {
			YamlMap map = node.asMap("'identity'");
			map.rejectUnknownKeys("'identity' (a number is known by its user and its label)", Set.of("namespace"));
			return new Identity(namespace(map, source), List.of(), List.of(new MatchRule.Key()));
		}).orElseGet(() -> new Identity(Identity.defaultNamespace(source), List.of(), List.of(new MatchRule.Key())));
		return new PhoneNumberMapper(source, identity, fields, retryVoiceOnly, price);
	}

	private Identity objectIdentity(YamlMap mapping, String source) {
		if (!mapping.has("identity")) {
			return new Identity(Identity.defaultNamespace(source), List.of(), List.of(new MatchRule.Key()));
		}
		YamlMap identity = mapping.get("identity").orElseThrow().asMap("'identity'");
		identity.rejectUnknownKeys("'identity' (an object is found in Close on its lead, by what it holds)",
				OBJECT_IDENTITY_KEYS);
		List<String> keyColumns = identity.get("key")
			.map((key) -> key.asList("'key'").items().stream().map(this.columns::column).toList())
			.orElse(List.of());
		return new Identity(namespace(identity, source), keyColumns, List.of(new MatchRule.Key()));
	}

	private ObjectMapper.LeadLinkMapping leadLink(YamlMap lead) {
		lead.rejectUnknownKeys("'link.lead'", LEAD_LINK_KEYS);
		if (lead.has("id") == lead.has("key")) {
			throw new MappingError(lead.location(), "'link.lead' needs exactly one of 'key' and 'id'",
					"name the columns that make the lead's key (with the lead mapping's 'namespace'), "
							+ "or 'id: <column holding Close lead ids>'");
		}
		if (lead.has("id")) {
			return new ObjectMapper.LeadLinkMapping(null, List.of(), this.columns.column(lead.get("id").orElseThrow()));
		}
		if (!lead.has("namespace")) {
			throw new MappingError(lead.location(), "'link.lead' with a 'key' needs the 'namespace' of the leads",
					"write the namespace of the mapping that loads the leads: by default its file name, "
							+ "as in 'namespace: companies' for mappings/companies.yaml");
		}
		List<String> keyColumns = lead.get("key")
			.orElseThrow()
			.asList("'key'")
			.items()
			.stream()
			.map(this.columns::column)
			.toList();
		return new ObjectMapper.LeadLinkMapping(namespace(lead, null), keyColumns, null);
	}

	private ObjectMapper.ContactLinkMapping contactLink(YamlMap contact) {
		contact.rejectUnknownKeys("'link.contact'", CONTACT_LINK_KEYS);
		if (contact.has("email") == contact.has("name")) {
			throw new MappingError(contact.location(), "'link.contact' needs exactly one of 'email' and 'name'",
					"name the column holding the contact's email address, as in 'email: Contact Email'");
		}
		return new ObjectMapper.ContactLinkMapping(single(contact, "email"), single(contact, "name"));
	}

	/** The {@code namespace} key of a block, or the mapping file's default. */
	private static String namespace(YamlMap owner, String source) {
		if (!owner.has("namespace")) {
			return Identity.defaultNamespace(source);
		}
		String namespace = owner.text("namespace").orElse("");
		if (!Identity.isNamespace(namespace)) {
			throw new MappingError(owner.get("namespace").orElseThrow().location(),
					"'" + namespace + "' cannot be a namespace",
					"use up to 100 letters, digits, '.', '_' and '-', starting with a letter or digit");
		}
		return namespace;
	}

	private MatchRule matchRule(YamlNode item, LeadMapping lead) {
		String hint = "a rule is 'key', 'name', '{id: <column holding Close lead ids>}' or "
				+ "'{custom: <lead custom field holding the source system's id>}'";
		if (item instanceof YamlScalar scalar) {
			return switch (String.valueOf(scalar.text())) {
				case "key" -> new MatchRule.Key();
				case "name" -> {
					if (lead.name() == null) {
						throw new MappingError(item.location(), "'match: name' needs a lead name",
								"map a column to 'lead.name'");
					}
					yield new MatchRule.Name();
				}
				default -> throw new MappingError(item.location(), "unknown match rule '" + scalar.text() + "'", hint);
			};
		}
		YamlMap rule = item.asMap("a match rule");
		rule.rejectUnknownKeys("a match rule", Set.of("id", "custom"));
		if (rule.keys().size() != 1) {
			throw new MappingError(rule.location(), "a match rule names one way of matching", hint);
		}
		if (rule.has("id")) {
			return new MatchRule.CloseId(this.columns.column(rule.get("id").orElseThrow()));
		}
		String field = rule.text("custom").orElse("");
		if (lead.custom().stream().noneMatch((custom) -> custom.spec().name().equals(field))) {
			throw new MappingError(rule.get("custom").orElseThrow().location(),
					"'match: {custom: " + field + "}' names a custom field the mapping does not fill",
					"map the column that holds the source system's id to it under 'lead.custom'");
		}
		return new MatchRule.Custom(field);
	}

	private static MappingMode mode(YamlMap mapping) {
		return mapping.text("mode").map((text) -> {
			try {
				return MappingMode.valueOf(text.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new MappingError(mapping.get("mode").orElseThrow().location(), "unknown mode '" + text + "'",
						"use create, upsert or update");
			}
		}).orElse(MappingMode.CREATE);
	}

	private LeadMapping lead(YamlMap lead) {
		for (YamlMap.Entry entry : lead.entries()) {
			if (Set.of("emails", "phones", "urls", "title").contains(entry.key())) {
				throw new MappingError(entry.keyLocation(),
						"unknown key '" + entry.key() + "' in 'lead' (Close lead fields)",
						"'" + entry.key() + "' belongs to a contact: put it under 'contacts:'");
			}
		}
		lead.rejectUnknownKeys("'lead' (Close lead fields)", LEAD_KEYS);
		List<AddressMapping> addresses = new ArrayList<>();
		lead.get("addresses")
			.ifPresent((list) -> list.asList("'addresses'").items().forEach((item) -> addresses.add(address(item))));
		return new LeadMapping(single(lead, "name"), single(lead, "url"), single(lead, "description"),
				single(lead, "status"), addresses, custom(lead, CustomFieldSpec.Owner.LEAD));
	}

	private ContactMapping contact(YamlNode node) {
		YamlMap contact = node.asMap("a contact");
		contact.rejectUnknownKeys("a contact (Close contact fields)", CONTACT_KEYS);
		return new ContactMapping(single(contact, "name"), single(contact, "title"), typed(contact, "emails", "office"),
				typed(contact, "phones", "office"), typed(contact, "urls", "url"),
				custom(contact, CustomFieldSpec.Owner.CONTACT));
	}

	private AddressMapping address(YamlNode node) {
		YamlMap address = node.asMap("an address");
		address.rejectUnknownKeys("an address (Close address fields)", ADDRESS_KEYS);
		String label = address.text("label").orElse("business");
		if (!ADDRESS_LABELS.contains(label)) {
			throw new MappingError(address.get("label").orElseThrow().location(),
					"unknown address label '" + label + "'", "use business, mailing, office or other");
		}
		return new AddressMapping(label, single(address, "address_1"), single(address, "address_2"),
				single(address, "city"), single(address, "state"), single(address, "zipcode"),
				single(address, "country"));
	}

	private FieldMapping single(YamlMap owner, String key) {
		return owner.get(key).map((node) -> this.fields.single(node, "'" + key + "'")).orElse(null);
	}

	private List<TypedField> typed(YamlMap contact, String key, String defaultType) {
		List<TypedField> typed = new ArrayList<>();
		contact.get(key).ifPresent((list) -> list.asList("'" + key + "'").items().forEach((item) -> {
			FieldMapping field = this.fields.read(item, "an entry of '" + key + "'", Set.of("type"));
			String type = (item instanceof YamlMap map) ? map.text("type").orElse(defaultType) : defaultType;
			typed.add(new TypedField(field, type));
		}));
		return typed;
	}

	private List<CustomField> custom(YamlMap owner, CustomFieldSpec.Owner kind) {
		List<CustomField> custom = new ArrayList<>();
		owner.get("custom").ifPresent((node) -> node.asMap("'custom'").entries().forEach((entry) -> {
			String what = "custom field '" + entry.key() + "'";
			FieldMapping field = this.fields.read(entry.value(), what, CUSTOM_KEYS);
			custom.add(new CustomField(spec(kind, entry, what, field), field));
		}));
		return custom;
	}

	private static CustomFieldSpec spec(CustomFieldSpec.Owner kind, YamlMap.Entry entry, String what,
			FieldMapping field) {
		if (!(entry.value() instanceof YamlMap map)) {
			return new CustomFieldSpec(kind, entry.key(), false, null, List.of(), entry.keyLocation());
		}
		boolean createMissing = map.flag("create-missing", false);
		String type = map.text("type").orElse(null);
		if (type != null && !CustomFieldSpec.TYPES.contains(type)) {
			throw new MappingError(map.get("type").orElseThrow().location(), "unknown custom field type '" + type + "'",
					"use one of: " + String.join(", ", CustomFieldSpec.TYPES.stream().sorted().toList()));
		}
		if (createMissing && type == null) {
			throw new MappingError(map.entry("create-missing").orElseThrow().keyLocation(),
					what + " has 'create-missing: true' but no 'type'",
					"declare the type to create it with, as in 'type: text'");
		}
		if (type != null && field.splits() && !CustomFieldSpec.MULTIPLE_VALUE_TYPES.contains(type)) {
			throw new MappingError(map.location(),
					what + " is a " + type + " field, which holds one value, so it cannot be split",
					"remove the 'split' step, or use a choices field");
		}
		List<String> choices = map.get("choices")
			.map((list) -> list.asList("'choices'").items().stream().map((item) -> item.asText("a choice")).toList())
			.orElse(List.of());
		if (createMissing && "choices".equals(type) && choices.isEmpty()) {
			throw new MappingError(map.location(), what + " would be created as a choices field without choices",
					"list them under 'choices:'");
		}
		return new CustomFieldSpec(kind, entry.key(), createMissing, type, choices, entry.keyLocation());
	}

}
