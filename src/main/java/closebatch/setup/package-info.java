/**
 * Setup as code: an organization's custom fields, statuses, pipelines, custom activity
 * types and templates as one YAML file ({@link closebatch.setup.SetupFile}), read from a
 * target ({@link closebatch.setup.SetupInClose}), compared with a file by name
 * ({@link closebatch.setup.SetupDiff}) and applied ({@link closebatch.setup.SetupApply}).
 * Uses {@code close}, {@code config} (YAML with locations) and {@code error}.
 */
package closebatch.setup;
