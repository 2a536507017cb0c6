/**
 * closebatch: batch import and export for the Close CRM API. {@link closebatch.Main} runs
 * the command line ({@code closebatch.cli}) and is the only code that exits the process.
 */
package closebatch;
