package closebatch.source;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import closebatch.error.SourceLocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Headers and rows: column letters, labels and lookups by name.
 */
class SourceHeaderTest {

	private final SourceHeader header = SourceHeader.of(List.of("Company", "Email"), SourceLocation.of("x.csv"));

	@Test
	void lettersColumnsAsSpreadsheetsDo() {
		assertThat(SourceHeader.columnLetter(0)).isEqualTo("A");
		assertThat(SourceHeader.columnLetter(25)).isEqualTo("Z");
		assertThat(SourceHeader.columnLetter(26)).isEqualTo("AA");
		assertThat(SourceHeader.columnLetter(701)).isEqualTo("ZZ");
		assertThat(SourceHeader.columnLetter(702)).isEqualTo("AAA");
		assertThat(SourceHeader.columnLetter(16383)).isEqualTo("XFD");
	}

	@Test
	void labelsAColumnByLetterAndName() {
		assertThat(this.header.label(1)).isEqualTo("B \"Email\"");
		assertThat(this.header.label(2)).isEqualTo("C");
	}

	@Test
	void looksCellsUpByColumnNameAndRefusesAnUnknownColumn() {
		SourceRow row = SourceRow.of(2, this.header, List.of("Acme", "a@acme.com"));

		assertThat(row.value("Email")).isEqualTo("a@acme.com");
		assertThat(row.values()).containsExactly(Map.entry("Company", "Acme"), Map.entry("Email", "a@acme.com"));
		assertThatThrownBy(() -> row.value("Phone")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void mapsOnlyTheCellsARejectedRowHas() {
		SourceRow row = new SourceRow(3, this.header, List.of("Acme"),
				new RowDefect(SourceError.TOO_FEW_CELLS, "the row has 1 cell but the header has 2 columns."));

		assertThat(row.isRejected()).isTrue();
		assertThat(row.value("Email")).isNull();
		assertThat(row.values()).containsOnlyKeys("Company");
	}

}
