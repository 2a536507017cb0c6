/**
 * Errors the user can fix: {@link closebatch.error.ErrorCode codes} with hints, the
 * {@link closebatch.error.SourceLocation place} in a file they point at, and the
 * {@link closebatch.error.UserInputException} every stage throws for them.
 *
 * <p>
 * Used by every stage, so it stays small and depends on nothing but the JDK. Each stage
 * declares its own codes (an enum implementing {@code ErrorCode}); the command line maps
 * a {@code UserInputException} to its exit code and prints it without a stack trace.
 */
package closebatch.error;
