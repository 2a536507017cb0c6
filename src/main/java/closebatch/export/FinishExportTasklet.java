package closebatch.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The last step of an export: builds the workbook from the spill (XLSX) and writes the
 * mapping beside the output. Safe to run again when a run stops inside it.
 */
final class FinishExportTasklet implements Tasklet {

	private final Path output;

	private final Path spill;

	private final Path mapping;

	private final Supplier<String> mappingYaml;

	private final WorkbookBuilder workbook;

	private final String sheetName;

	/**
	 * @param spill the spill to build a workbook from, or null when the rows went to the
	 * output directly
	 * @param mapping where to write the mapping, or null for none
	 * @param mappingYaml the mapping's text, or null for none
	 */
	FinishExportTasklet(Path output, Path spill, Path mapping, Supplier<String> mappingYaml, WorkbookBuilder workbook,
			String sheetName) {
		this.output = output;
		this.spill = spill;
		this.mapping = mapping;
		this.mappingYaml = mappingYaml;
		this.workbook = workbook;
		this.sheetName = sheetName;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		if (this.spill != null && Files.exists(this.spill)) {
			this.workbook.build(this.spill, this.output, this.sheetName);
			Files.deleteIfExists(this.spill);
		}
		if (this.mapping != null) {
			Files.writeString(this.mapping, this.mappingYaml.get(), StandardCharsets.UTF_8);
		}
		return RepeatStatus.FINISHED;
	}

}
