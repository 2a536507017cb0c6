/**
 * Guessing a mapping and a job from an input file ({@code closebatch mapping init}):
 * {@link closebatch.guess.FileSample} reads the header and the first rows,
 * {@link closebatch.guess.MappingGuesser} decides what each column is, by its name and by
 * its values, and {@link closebatch.guess.MappingYaml} and
 * {@link closebatch.guess.JobYaml} write the commented files.
 *
 * <p>
 * Values are judged with the import's own conversions
 * ({@link closebatch.mapping.ValueChecks}), so a column is guessed to be an email, a
 * phone in some country, a date in some format or a number in some locale only if the
 * import will take its values that way; the guessed mapping is compiled and run over the
 * sample before it is written. Uses {@code closebatch.source}, {@code closebatch.mapping}
 * and libphonenumber; never the network.
 */
package closebatch.guess;
