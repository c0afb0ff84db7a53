/**
 * Tribuo models as the trainer sees them: replayed events as examples, FRAUD scores (through the native booster for
 * XGBoost), model files checked against the feature schema, and what a trained model says about itself (booster
 * layout, feature importance, provenance). Uses {@code replay}.
 */
package io.github.idfraud.trainer.model;
