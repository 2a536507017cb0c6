/**
 * Job files ({@code jobs/*.yaml}) as records: a sealed
 * {@link closebatch.config.JobDefinition} that is an {@link closebatch.config.ImportJob}
 * or an {@link closebatch.config.ExportJob}, read by {@link closebatch.config.JobLoader}
 * with {@code --set} overrides applied first.
 *
 * <p>
 * It also owns the location-aware YAML tree ({@link closebatch.config.YamlReader},
 * {@link closebatch.config.YamlNode}) that the mapping stage reads its files with, so
 * that every user mistake in any YAML file is a {@link closebatch.config.ConfigError}
 * with a file, line, column and hint. Plain Java with Jackson YAML only: no Spring, no
 * other stage.
 */
package closebatch.config;
