package closebatch.source;

import java.util.Objects;

/**
 * Which sheet of a workbook to read: one named, or one by its position.
 */
public sealed interface SheetSelector
		permits SheetSelector.Named, SheetSelector.AtPosition, SheetSelector.FirstVisible {

	/**
	 * The first sheet, as a person opening the file sees it: the first one not hidden.
	 * @return the selector
	 */
	static SheetSelector first() {
		return new FirstVisible();
	}

	/** The first sheet whose tab is not hidden, which is what Excel opens on. */
	record FirstVisible() implements SheetSelector {

		@Override
		public String toString() {
			return "first visible";
		}

	}

	/**
	 * The sheet with this name (as on its tab, compared ignoring case as Excel does).
	 *
	 * @param name the sheet's name
	 */
	record Named(String name) implements SheetSelector {

		public Named {
			Objects.requireNonNull(name, "name");
		}

		@Override
		public String toString() {
			return "\"" + this.name + "\"";
		}

	}

	/**
	 * The sheet at a position among the tabs, counting from 1.
	 *
	 * @param position 1 for the first sheet
	 */
	record AtPosition(int position) implements SheetSelector {

		public AtPosition {
			if (position < 1) {
				throw new IllegalArgumentException("sheet positions count from 1, not " + position);
			}
		}

		@Override
		public String toString() {
			return "number " + this.position;
		}

	}

}
