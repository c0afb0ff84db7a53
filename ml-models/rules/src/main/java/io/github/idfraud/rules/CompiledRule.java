package io.github.idfraud.rules;

import dev.cel.runtime.CelRuntime;

/** A rule with its compiled condition. */
record CompiledRule(Rule rule, CelRuntime.Program program) {
}
