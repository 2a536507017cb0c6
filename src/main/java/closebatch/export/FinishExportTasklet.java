package closebatch.export;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The last step of an export: builds the workbook from the spill (XLSX) and writes the
 * mapping beside the output. Safe to run again when a run stops inside it.
 */
final class FinishExportTasklet implements Tasklet {

	private final ExportLayout layout;

	private final boolean escaped;

	private final Path output;

	private final Path spill;

	private final Path mapping;

	private final WorkbookBuilder workbook;

	private final String sheetName;

	private final String separator;

	/**
	 * @param spill the spill to build a workbook from, or null when the rows went to the
	 * output directly
	 * @param mapping where to write the mapping, or null for none
	 * @param escaped whether the rows were written with formulas escaped
	 */
	FinishExportTasklet(ExportLayout layout, Path output, Path spill, Path mapping, WorkbookBuilder workbook,
			String sheetName, String separator, boolean escaped) {
		this.escaped = escaped;
		this.layout = layout;
		this.output = output;
		this.spill = spill;
		this.mapping = mapping;
		this.workbook = workbook;
		this.sheetName = sheetName;
		this.separator = separator;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		if (this.spill != null && Files.exists(this.spill)) {
			this.workbook.build(this.spill, this.output, this.sheetName);
			Files.deleteIfExists(this.spill);
		}
		if (this.mapping != null) {
			MappingWriter.write(this.layout, this.separator, this.output, this.mapping, this.escaped);
		}
		return RepeatStatus.FINISHED;
	}

}
