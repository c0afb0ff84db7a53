/**
 * Per-tenant rules beside the model: CEL conditions over the named features and the event's non-personal fields,
 * compiled and validated as a whole set ({@link io.github.idfraud.rules.RuleCompiler}), evaluated per event
 * ({@link io.github.idfraud.rules.CompiledRuleSet}) and combined with the model's decision
 * ({@link io.github.idfraud.rules.RuleOutcome#decide}). Used by the scoring service and the trainer's backtest.
 */
package io.github.idfraud.rules;
