/**
 * What people and the scoring service read: the model card (JSON, and Markdown from the Qute template
 * {@code templates/model-card.md}), console tables, the predictions CSV and a backtest's files. Uses
 * {@code evaluation}, {@code model}, {@code replay} and {@code plot}.
 */
package io.github.idfraud.trainer.report;
