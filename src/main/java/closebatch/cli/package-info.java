/**
 * The command line: the {@code closebatch} commands, their options, and what they print.
 * The only package that writes to stdout; it may use every other package.
 */
package closebatch.cli;
