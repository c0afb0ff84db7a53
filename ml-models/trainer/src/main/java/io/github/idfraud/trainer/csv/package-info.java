/**
 * {@code import-csv}: a bank's tabular transaction export, mapped column by column (YAML), becomes an event log with
 * FRAUD labels. Uses the event contract only.
 */
package io.github.idfraud.trainer.csv;
