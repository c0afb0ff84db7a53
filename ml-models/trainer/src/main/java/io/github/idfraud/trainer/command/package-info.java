/**
 * The picocli commands ({@code simulate}, {@code train}, {@code backtest}, {@code compare}, {@code import-csv},
 * {@code rebuild-default}) and the options they share. Parse arguments and print; the work is done by every other
 * package of the trainer, which they may all use.
 */
package io.github.idfraud.trainer.command;
