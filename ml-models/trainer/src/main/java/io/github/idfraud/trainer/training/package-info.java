/**
 * One training run: its settings, LEGIT sampling and the event sets, the XGBoost and baseline trainers, the
 * hyperparameter search, and the artefacts it writes. Uses {@code report}, {@code evaluation}, {@code model},
 * {@code replay} and {@code plot}.
 */
package io.github.idfraud.trainer.training;
