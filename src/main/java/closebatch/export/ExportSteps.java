package closebatch.export;

import java.nio.file.Path;
import java.util.List;

import closebatch.checkpoint.CheckpointBatch;
import closebatch.checkpoint.CheckpointDatabase;
import closebatch.checkpoint.ExportProgress;
import closebatch.config.OutputFormat;
import closebatch.config.OutputSpec;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;

/**
 * The two steps that write one {@link ExportFile}: a chunk step that reads the objects
 * and writes rows, saving its position (under the file's own key) with each chunk, then a
 * step that builds the workbook (XLSX) and writes the mapping.
 */
final class ExportSteps {

	private ExportSteps() {
	}

	/**
	 * The steps of {@code file}.
	 * @param progressKey the key its position is saved under
	 * @param prefix what its steps' names start with ("" for an export of one file)
	 */
	static List<Step> of(ExportFile file, String progressKey, String prefix, ExportCounters counters,
			CheckpointDatabase database, CheckpointBatch batch, ExportTuning tuning) {
		OutputSpec output = file.output();
		Path path = file.file();
		ExportLayout layout = file.layout();
		ExportRunState state = new ExportRunState(progressKey, new ExportProgress(database, tuning.clock()));
		Path spill = (output.format() == OutputFormat.XLSX) ? path.resolveSibling(path.getFileName() + ".spill.jsonl")
				: null;
		ExportItemWriter.SinkOpener opener = switch (output.format()) {
			case CSV -> (length) -> CsvRowSink.open(path, length, layout.columns(), output.escapeFormulas());
			case JSONL -> (length) -> JsonLinesRowSink.objects(path, length, layout.columns());
			case XLSX -> (length) -> JsonLinesRowSink.arrays(spill, length);
		};
		Step rows = new StepBuilder(prefix + "export-rows", batch.jobRepository())
			.<CreationGroup, CreationGroup>chunk(tuning.chunkSize())
			.reader(new CreationGroupReader(state, file.source()))
			.writer(new ExportItemWriter(state, layout, new CellValues(output.multiValueSeparator()), opener, counters,
					file.links()))
			.listener(state)
			.transactionManager(database.transactionManager())
			.build();
		Step finish = new StepBuilder(prefix + "finish-export", batch.jobRepository())
			.tasklet(new FinishExportTasklet(path, spill, file.mapping(), file.mappingYaml(),
					new WorkbookBuilder(layout.columns()), file.sheetName()), database.transactionManager())
			.build();
		return List.of(rows, finish);
	}

}
