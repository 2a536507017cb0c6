package closebatch.sandbox.resource;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A note's two forms, {@code note_html} and {@code note}, as the Note examples of Close's
 * OpenAPI document show them.
 */
class HtmlTextTest {

	@Test
	void turnsParagraphsAndNumberedListsIntoTheTextCloseShows() {
		String html = "<body><p>Welcome to Close!</p><p>Get started by:</p><ol><li>Import your leads!</li>"
				+ "<li>Invite your co-workers!</li><li>Setup two-way syncing.</li></ol></body>";

		assertThat(HtmlText.toText(html)).isEqualTo("Welcome to Close!\n\nGet started by:\n\n  1. Import your leads!\n"
				+ "  2. Invite your co-workers!\n  3. Setup two-way syncing.");
	}

	@Test
	void keepsLineBreaksDropsOtherTagsAndDecodesEntities() {
		String html = "<body><p>Call <b>Gob</b> &amp; Lucille<br>at 5&nbsp;pm &lt;sharp&gt; &#8364;1</p>\n"
				+ "<ul><li>bring <i>papers</i></li></ul></body>";

		assertThat(HtmlText.toText(html)).isEqualTo("Call Gob & Lucille\nat 5 pm <sharp> €1\n\n  - bring papers");
	}

	@Test
	void collapsesTheWhitespaceOfTheHtmlSource() {
		assertThat(HtmlText.toText("<body>\n  <p>\n    one\n    two\n  </p>\n</body>")).isEqualTo("one two");
		assertThat(HtmlText.toText("<body><p></p></body>")).isEmpty();
	}

	@Test
	void turnsTextIntoParagraphsAndLineBreaksThatReadBackAsTheSameText() {
		String text = "First line\nsecond line\n\nA <tag> & more";

		String html = HtmlText.toHtml(text);

		assertThat(html).isEqualTo("<body><p>First line<br>second line</p><p>A &lt;tag&gt; &amp; more</p></body>");
		assertThat(HtmlText.toText(html)).isEqualTo(text);
		assertThat(HtmlText.toHtml("")).isEqualTo("<body><p></p></body>");
	}

	@Test
	void wrapsHtmlInABodyUnlessItHasOne() {
		assertThat(HtmlText.wrapInBody("<p>hi</p>")).isEqualTo("<body><p>hi</p></body>");
		assertThat(HtmlText.wrapInBody("<body><p>hi</p></body>")).isEqualTo("<body><p>hi</p></body>");
	}

}
