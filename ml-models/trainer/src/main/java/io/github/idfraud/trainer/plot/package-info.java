/**
 * The PNG plots of model cards and backtests (ROC, precision-recall, score distribution, feature importance), drawn
 * headless with jfreechart. Uses the model card's {@code FeatureImportance} only.
 */
package io.github.idfraud.trainer.plot;
