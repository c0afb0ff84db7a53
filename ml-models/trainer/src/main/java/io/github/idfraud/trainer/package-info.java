/**
 * {@code trainer.jar}: {@link io.github.idfraud.trainer.TrainerCli} and its commands ({@code command}). Read the
 * subpackages in this order, each using only those before it: {@code replay} (an event log through the feature
 * engine), {@code model} (Tribuo examples, scores, model files), {@code evaluation} (metrics, thresholds, backtests),
 * {@code report} (model card, tables, predictions), {@code training} (one training run), {@code command}. {@code csv}
 * (import of tabular exports) and {@code plot} (PNG charts) stand alone.
 */
package io.github.idfraud.trainer;
