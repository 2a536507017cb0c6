package closebatch.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One step of an import job: a file and the mapping that loads it.
 *
 * @param name the step's name, unique in its job (its output folder when the job has
 * several)
 * @param input the file to read
 * @param mapping the mapping file ({@code mappings/*.yaml})
 */
public record ImportStep(String name, InputSpec input, Path mapping) {

	/** The name of the one step of a job that names its input and mapping directly. */
	public static final String SINGLE = "load";

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,59}");

	public ImportStep {
		Objects.requireNonNull(input, "input");
		Objects.requireNonNull(mapping, "mapping");
		if (!isName(name)) {
			throw new IllegalArgumentException("not a step name: '" + name + "'");
		}
	}

	/** Whether the text can name a step (and its folder). */
	public static boolean isName(String text) {
		return text != null && NAME.matcher(text).matches();
	}

}
