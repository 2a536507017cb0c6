package closebatch.export;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import closebatch.config.OutputSpec;

/**
 * One file an export writes: what it reads, its columns, how its objects' links are
 * resolved, and the mapping written beside it.
 *
 * @param name the file's name among the export's files (its steps' prefix and the key of
 * its saved position)
 * @param file the file
 * @param output how it is written
 * @param layout its columns
 * @param source opens its objects after a {@code date_created} (null: from the start)
 * @param sourceText what it reads, for the fingerprint
 * @param links resolves the objects' leads, contacts and users, or null for none
 * @param mapping where its mapping goes, or null for none
 * @param mappingYaml the mapping's text, or null for none
 * @param sheetName the sheet of an XLSX file
 */
record ExportFile(String name, Path file, OutputSpec output, ExportLayout layout,
		Function<String, ExportedObjects> source, String sourceText, ObjectLinks links, Path mapping,
		Supplier<String> mappingYaml, String sheetName) {

	ExportFile {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(output, "output");
		Objects.requireNonNull(layout, "layout");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(sourceText, "sourceText");
		if ((mapping == null) != (mappingYaml == null)) {
			throw new IllegalArgumentException("a mapping needs both its path and its text");
		}
	}

	/** The same file under another name. */
	ExportFile named(String newName) {
		return new ExportFile(newName, this.file, this.output, this.layout, this.source, this.sourceText, this.links,
				this.mapping, this.mappingYaml, this.sheetName);
	}

}
