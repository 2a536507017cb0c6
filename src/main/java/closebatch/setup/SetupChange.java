package closebatch.setup;

import java.util.function.Consumer;

import closebatch.close.CloseClient;

/**
 * One difference between a setup file and a target, and the requests that remove it.
 *
 * @param subject the kind of definition, as a sentence names it ("lead custom field")
 * @param name its name in the file
 * @param detail what changes, or why it cannot
 * @param write the requests; null for a conflict, a refusal, or a definition that can be
 * made only once the one it belongs to exists (a plan shows it, an apply makes it after
 * reading the target again)
 */
public record SetupChange(Action action, Subject subject, String name, String detail, Consumer<CloseClient> write) {

	/**
	 * What kind of definition a change is about and, for one that belongs to another,
	 * which: a {@code field} of {@code custom activity type "Onboarding Meeting"}.
	 */
	public record Subject(String what, String of) {

		static Subject of(String what) {
			return new Subject(what, null);
		}

	}

	/**
	 * What a change does; conflicts and refusals are changes the file asks for in vain.
	 */
	public enum Action {

		CREATE, UPDATE, RENAME, DELETE,
		/** The file and the target disagree in a way Close cannot change in place. */
		CONFLICT,
		/** A deletion {@code --prune} asks for, of something records still hold. */
		REFUSED;

		/** Whether the change is one the target cannot be brought to. */
		public boolean blocked() {
			return this == CONFLICT || this == REFUSED;
		}

		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * The change as a plan line: {@code create   field "Host" of custom activity type
	 * "Onboarding Meeting": user}.
	 */
	public String describe() {
		return String.format("%-8s %s \"%s\"%s%s", this.action.label(), this.subject.what(), this.name,
				(this.subject.of() == null) ? "" : " of " + this.subject.of(),
				(this.detail == null || this.detail.isEmpty()) ? "" : ": " + this.detail);
	}

}
