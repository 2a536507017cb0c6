package closebatch.error;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A user error reads as code, place, message and hint.
 */
class UserInputExceptionTest {

	private static final ErrorCode MISSING_COLUMN = new ErrorCode() {

		@Override
		public String code() {
			return "MAP-101";
		}

		@Override
		public String hint() {
			return "Name a column of the file.";
		}

	};

	@Test
	void describesItselfWithCodeLocationMessageAndHint() {
		UserInputException ex = new UserInputException(MISSING_COLUMN,
				SourceLocation.of("leads.csv").atRow(42).atColumn("C \"Email\""), "the column is empty.");

		assertThat(ex.describe()).isEqualTo(
				"MAP-101 leads.csv:42, column C \"Email\": the column is empty. Hint: Name a column of the file.");
		assertThat(ex.hint()).isEqualTo("Name a column of the file.");
		assertThat(ex.getMessage()).isEqualTo("the column is empty.");
	}

	@Test
	void describesAProblemWithoutAPlace() {
		UserInputException ex = new UserInputException(MISSING_COLUMN, null, "no columns at all.");

		assertThat(ex.describe()).isEqualTo("MAP-101 no columns at all. Hint: Name a column of the file.");
		assertThat(ex.location()).isNull();
	}

	@Test
	void locatesWholeFilesRowsColumnsAndKeys() {
		SourceLocation mapping = SourceLocation.of("jobs/import-leads.yaml");

		assertThat(mapping).hasToString("jobs/import-leads.yaml");
		assertThat(mapping.atRow(7).atKey("mapping.email")).hasToString("jobs/import-leads.yaml:7, key mapping.email");
		assertThat(SourceLocation.of("leads.xlsx").atColumn("D")).hasToString("leads.xlsx, column D");
	}

	@Test
	void locatesACharacterOfALineAsCompilersDo() {
		SourceLocation job = SourceLocation.of("jobs/import-leads.yaml");

		assertThat(job.atRow(7).atColumn("3")).hasToString("jobs/import-leads.yaml:7:3");
		assertThat(SourceLocation.of("leads.xlsx").atColumn("3")).hasToString("leads.xlsx, column 3");
	}

	@Test
	void usesTheHintOfItsCaseOverTheHintOfItsCodeAndPrintsNoneWhenBlank() {
		assertThat(new UserInputException(MISSING_COLUMN, null, "no columns.", "Add one.", null).describe())
			.isEqualTo("MAP-101 no columns. Hint: Add one.");
		assertThat(new UserInputException(MISSING_COLUMN, null, "no columns.", "", null).describe())
			.isEqualTo("MAP-101 no columns.");
	}

	@Test
	void refusesANegativeRowOrAMissingFile() {
		assertThatThrownBy(() -> new SourceLocation("a.csv", -1, null, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> SourceLocation.of(null)).isInstanceOf(NullPointerException.class);
	}

}
