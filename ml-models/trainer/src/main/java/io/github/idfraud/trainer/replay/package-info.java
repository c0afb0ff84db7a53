/**
 * An event log through the one feature engine: the first pass for targets ({@code TargetCollector}), the periods and
 * which events a replay keeps, the replay itself on one Redis session ({@code trainer.redis}), and the progress lines. Uses the feature engine,
 * the event contract and {@code DayRange} of the model card, no other trainer package.
 */
package io.github.idfraud.trainer.replay;
