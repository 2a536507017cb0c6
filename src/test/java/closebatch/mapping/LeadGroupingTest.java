package closebatch.mapping;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Rows sharing a record key become one lead ({@code mapping/grouping}): a key of two
 * columns, a company written differently on one row, a repeated contact.
 */
class LeadGroupingTest {

	private static final Path SCENARIO = Path.of("src/test/resources/mapping/grouping");

	private List<LeadRecord> grouped() throws IOException {
		CsvRows input = CsvRows.read(SCENARIO.resolve("rows.csv"));
		RecordMapper mapper = (RecordMapper) MappingLoader.load(SCENARIO.resolve("mapping.yaml"), input.headers());
		return LeadGrouping.group(input.mapAll(mapper).stream().map(LeadRecord.class::cast).toList());
	}

	@Test
	void normalisesEachKeyColumnSoSpacingAndCaseDoNotSplitALead() throws IOException {
		assertThat(grouped()).extracting(LeadRecord::key).containsExactly("acme inc|us", "acme inc|ca");
	}

	@Test
	void keepsTheFirstRowsFieldsAndFillsOnlyWhatItLeftEmpty() throws IOException {
		LeadRecord acme = grouped().get(0);

		assertThat(acme.rowNumbers()).containsExactly(2L, 3L, 5L);
		assertThat(acme.name()).isEqualTo("Acme Inc");
		assertThat(acme.description()).isEqualTo("Anvils");
	}

	@Test
	void appendsContactsAndAddressesInRowOrderWithoutRepeats() throws IOException {
		LeadRecord acme = grouped().get(0);

		assertThat(acme.contacts()).extracting(ContactRecord::name).containsExactly("Wile", "Road Runner");
		assertThat(acme.addresses()).extracting(AddressRecord::city).containsExactly("Phoenix", "Tucson");
	}

	@Test
	void aLeadWithoutAKeyIsNeverMergedWithAnother() {
		LeadRecord one = lead(2, null, "Acme");
		LeadRecord two = lead(3, null, "Acme");

		assertThat(LeadGrouping.group(List.of(one, two))).containsExactly(one, two);
	}

	@Test
	void aDefaultYieldsToAnotherRowsValueButAConstantDoesNot() {
		LeadRecord blank = lead(2, "acme", "Acme")
			.withRules(new WriteRules(Map.of("description", List.of("n/a"), "status", List.of("Potential")), Set.of()));
		LeadRecord given = new LeadRecord(List.of(3L), "acme", "Acme", null, "Makes anvils", "Customer", List.of(),
				Map.of(), List.of(), null, new WriteRules(Map.of("status", List.of("Potential")), Set.of()));

		LeadRecord merged = LeadGrouping.merge(blank, given);

		assertThat(merged.description()).isEqualTo("Makes anvils");
		assertThat(merged.rules().createOnly()).as("the default gave way, the constant stands")
			.containsOnly(Map.entry("status", List.of("Potential")));
	}

	@Test
	void refusesToMergeLeadsWithDifferentKeys() {
		assertThatIllegalArgumentException().isThrownBy(() -> LeadGrouping.merge(lead(2, "a", "A"), lead(3, "b", "B")));
	}

	@Test
	void makesTheSameKeyFromDifferentlyWrittenCells() {
		assertThat(RecordKeys.of(List.of("A", "B"), Map.of("A", " ＡＣＭＥ\u00a0 Inc ", "B", "x|y")))
			.isEqualTo("acme inc|x\\|y");
		assertThat(RecordKeys.of(List.of("A"), Map.of("A", "  "))).isNull();
	}

	private static LeadRecord lead(long row, String key, String name) {
		return new LeadRecord(List.of(row), key, name, null, null, null, List.of(), Map.of(), List.of());
	}

}
