package io.github.idfraud.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set refused as a whole: every problem of every rule, each naming its rule. Nothing of the set applies. */
public final class InvalidRuleSetException extends IllegalArgumentException {

    private final transient List<RuleProblem> problems;

    public InvalidRuleSetException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
