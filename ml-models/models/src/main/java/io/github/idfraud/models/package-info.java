/**
 * The model card: what {@code model-card.json} holds, written by the trainer and read by the scoring service, with
 * the records it is made of (periods, metrics, thresholds, the hyperparameter search). Plain data and Jackson
 * annotations only, so both sides can depend on it.
 */
package io.github.idfraud.models;
