/**
 * How well scores rank a period: AUC, average precision, recall at false-positive rates, precision at the daily review
 * capacity, per-scenario results; decision thresholds calibrated to alert rates; backtests of models on one replay.
 * Uses {@code model} and {@code replay}.
 */
package io.github.idfraud.trainer.evaluation;
