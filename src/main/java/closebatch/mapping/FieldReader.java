package closebatch.mapping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import closebatch.config.YamlMap;
import closebatch.config.YamlNode;
import closebatch.config.YamlScalar;

/**
 * Reads one field: a column name ({@code name: Company}) or a mapping with {@code column}
 * or {@code columns} (joined by {@code separator}, a space unless set), or
 * {@code constant}, then {@code transforms} and {@code required}.
 */
final class FieldReader {

	static final Set<String> KEYS = Set.of("column", "columns", "separator", "constant", "on", "transforms", "required",
			"blank");

	private final ColumnIndex columns;

	FieldReader(ColumnIndex columns) {
		this.columns = columns;
	}

	/** Reads a field that takes one value; a split there is a mapping error. */
	FieldMapping single(YamlNode node, String what) {
		FieldMapping field = read(node, what, Set.of());
		if (field.splits()) {
			throw new MappingError(node.location(), what + " takes one value, so it cannot be split",
					"remove the 'split' step");
		}
		return field;
	}

	/**
	 * Reads a field whose mapping may also hold {@code extraKeys}, read by the caller.
	 */
	FieldMapping read(YamlNode node, String what, Set<String> extraKeys) {
		if (node instanceof YamlScalar) {
			return new FieldMapping(List.of(this.columns.column(node)), " ", List.of(), false, false);
		}
		YamlMap map = node.asMap(what);
		Set<String> allowed = new HashSet<>(KEYS);
		allowed.addAll(extraKeys);
		map.rejectUnknownKeys(what, allowed);
		List<String> columnNames = new ArrayList<>();
		map.get("column").ifPresent((column) -> columnNames.add(this.columns.column(column)));
		map.get("columns")
			.ifPresent(
					(list) -> list.asList("'columns'").items().forEach((c) -> columnNames.add(this.columns.column(c))));
		List<Transform> transforms = new ArrayList<>();
		map.text("constant")
			.ifPresent((constant) -> transforms.add(TransformReader.when(map, TransformReader.constant(constant))));
		int sources = (map.has("column") ? 1 : 0) + (map.has("columns") ? 1 : 0) + (map.has("constant") ? 1 : 0);
		if (sources != 1) {
			throw new MappingError(map.location(), what + " needs exactly one of 'column', 'columns' and 'constant'",
					"name the input column, as in 'column: Email'");
		}
		map.get("transforms").ifPresent((steps) -> transforms.addAll(TransformReader.read(steps)));
		if (map.has("on") && !map.has("constant")) {
			throw new MappingError(map.entry("on").orElseThrow().keyLocation(), what + " has 'on' without 'constant'",
					"'on' says when a constant or a default applies: put it beside 'constant', or in the 'default' step");
		}
		return new FieldMapping(columnNames, map.text("separator").orElse(" "), transforms, map.flag("required", false),
				blank(map, what));
	}

	/** Whether {@code blank: clear} is set; {@code blank: keep} is the default. */
	private static boolean blank(YamlMap map, String what) {
		String blank = map.text("blank").orElse("keep");
		return switch (blank) {
			case "keep" -> false;
			case "clear" -> true;
			default -> throw new MappingError(map.get("blank").orElseThrow().location(),
					"unknown 'blank: " + blank + "' in " + what,
					"use 'blank: keep' (the default: a blank cell leaves the field as Close has it) or 'blank: clear'");
		};
	}

}
