package closebatch.sandbox.resource;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two forms of an activity's note: {@code note_html} (rich text in a {@code <body>})
 * and {@code note} (plain text). Close keeps both and derives the one not sent from the
 * other.
 *
 * <p>
 * HTML becomes text the way Close's note examples show it: paragraphs and other blocks
 * are separated by a blank line, {@code <br>
 * } is a line break, list items are indented and numbered ({@code "  1. "}) or dashed
 * ({@code "  - "}), other tags are dropped and entities decoded. Text becomes HTML with a
 * paragraph per blank-line-separated block and {@code <br>
 * } for single line breaks, so that text → HTML → text gives the text back.
 */
final class HtmlText {

	private static final Pattern TAG_OR_TEXT = Pattern.compile("<(/?)([a-zA-Z0-9]+)[^>]*>|<[^>]*>|[^<]+|<");

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
			"pre", "ol", "ul", "table", "tr");

	private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");

	private static final Map<String, String> NAMED_ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
			"apos", "'", "nbsp", " ");

	private static final Pattern BODY = Pattern.compile("^\\s*<body[\\s>].*</body>\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private HtmlText() {
	}

	/** The plain text of an HTML note. */
	static String toText(String html) {
		TextBuilder text = new TextBuilder();
		Deque<int[]> lists = new ArrayDeque<>();
		Matcher matcher = TAG_OR_TEXT.matcher(html);
		while (matcher.find()) {
			String token = matcher.group();
			String name = (matcher.group(2) != null) ? matcher.group(2).toLowerCase(Locale.ROOT) : null;
			boolean closing = "/".equals(matcher.group(1));
			if (name == null) {
				if (!token.startsWith("<") || token.equals("<")) {
					text.append(decode(token.replaceAll("\\s+", " ")));
				}
			}
			else if (name.equals("br")) {
				text.lineBreak();
			}
			else if (name.equals("li") && !closing) {
				int[] counter = lists.peek();
				text.item((counter == null || counter[0] < 0) ? "  - " : "  " + (++counter[0]) + ". ");
			}
			else if (BLOCKS.contains(name)) {
				if (name.equals("ol") || name.equals("ul")) {
					if (closing) {
						lists.poll();
					}
					else {
						lists.push(new int[] { name.equals("ol") ? 0 : -1 });
					}
				}
				text.paragraphBreak();
			}
		}
		return text.toString();
	}

	/** The HTML of a plain-text note, wrapped in {@code <body>}. */
	static String toHtml(String text) {
		StringBuilder html = new StringBuilder("<body>");
		String normalized = text.replace("\r\n", "\n").strip();
		for (String paragraph : normalized.split("\n\\s*\n")) {
			html.append("<p>").append(escape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
		}
		return html.append("</body>").toString();
	}

	/** HTML as Close stores it: wrapped in a {@code <body>} element. */
	static String wrapInBody(String html) {
		return BODY.matcher(html).matches() ? html.strip() : "<body>" + html.strip() + "</body>";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static String decode(String text) {
		Matcher matcher = ENTITY.matcher(text);
		StringBuilder decoded = new StringBuilder();
		while (matcher.find()) {
			String entity = matcher.group(1);
			String replacement;
			if (entity.startsWith("#x") || entity.startsWith("#X")) {
				replacement = Character.toString(Integer.parseInt(entity.substring(2), 16));
			}
			else if (entity.startsWith("#")) {
				replacement = Character.toString(Integer.parseInt(entity.substring(1)));
			}
			else {
				replacement = NAMED_ENTITIES.getOrDefault(entity.toLowerCase(Locale.ROOT), matcher.group());
			}
			matcher.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(decoded);
		return decoded.toString();
	}

	/**
	 * Text under construction: breaks are held back until more text follows, so that
	 * nested blocks do not pile up blank lines and nothing trails the last word.
	 */
	private static final class TextBuilder {

		private final StringBuilder text = new StringBuilder();

		private int pendingBreaks;

		private String pendingPrefix = "";

		void append(String chunk) {
			if (chunk.isBlank() && (this.text.isEmpty() || this.pendingBreaks > 0 || endsWithSpace())) {
				return;
			}
			if (!this.text.isEmpty() && this.pendingBreaks > 0) {
				while (endsWithSpace()) {
					this.text.setLength(this.text.length() - 1);
				}
				this.text.append("\n".repeat(this.pendingBreaks));
			}
			this.pendingBreaks = 0;
			String content = chunk;
			if (!this.pendingPrefix.isEmpty()) {
				content = this.pendingPrefix + chunk.stripLeading();
				this.pendingPrefix = "";
			}
			else if (this.text.isEmpty() || this.text.charAt(this.text.length() - 1) == '\n') {
				content = chunk.stripLeading();
			}
			this.text.append(content);
		}

		void lineBreak() {
			this.pendingBreaks++;
		}

		void paragraphBreak() {
			this.pendingBreaks = Math.max(this.pendingBreaks, 2);
		}

		void item(String prefix) {
			this.pendingBreaks = Math.max(this.pendingBreaks, 1);
			this.pendingPrefix = prefix;
		}

		private boolean endsWithSpace() {
			return !this.text.isEmpty() && this.text.charAt(this.text.length() - 1) == ' ';
		}

		@Override
		public String toString() {
			return this.text.toString().stripTrailing();
		}

	}

}
