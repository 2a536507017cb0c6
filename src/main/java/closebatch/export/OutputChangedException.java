package closebatch.export;

import java.nio.file.Path;

import closebatch.error.SourceLocation;
import closebatch.error.UserInputException;

/**
 * The output file of an interrupted export is shorter than its checkpoint says: someone
 * changed or replaced it, so the export cannot resume into it.
 */
public final class OutputChangedException extends UserInputException {

	OutputChangedException(Path file, long size, long checkpointed) {
		super(ExportError.OUTPUT_CHANGED, SourceLocation.of(file.toString()),
				file + " holds " + size + " bytes but the checkpoint says " + checkpointed
						+ " were written: the file was changed or replaced since the export stopped");
	}

}
