package closebatch.load;

import closebatch.mapping.MappedRow;
import closebatch.mapping.RowMapper;
import closebatch.mapping.Rejection;
import closebatch.report.RowError;
import closebatch.source.SourceError;
import closebatch.source.SourceRow;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Maps each row read to its record, or to the reason it is rejected. */
public final class RowMapping implements ItemProcessor<SourceRow, LoadItem> {

	private final RowMapper mapper;

	public RowMapping(RowMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public LoadItem process(SourceRow row) {
		if (row.isBlank()) {
			return new LoadItem(row, null, RowError.of(SourceError.BLANK_ROW, null, "blank"));
		}
		if (row.isRejected()) {
			return new LoadItem(row, null, RowError.of(row.defect().error(), null, row.defect().message()));
		}
		MappedRow mapped = this.mapper.map(row.number(), row.values());
		if (mapped instanceof Rejection rejection) {
			return new LoadItem(row, null,
					RowError.of(LoadError.INVALID_VALUE, rejection.column(), rejection.reason()));
		}
		return new LoadItem(row, mapped, null);
	}

}
