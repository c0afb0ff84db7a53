package io.github.idfraud.cases.service;

import io.github.idfraud.cases.entity.CaseStatus;

/** The case cannot move from its status to the requested one (409). */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(CaseStatus from, CaseStatus to) {
        super("a case in " + from + " cannot move to " + to
                + (from.isTerminal() ? " (" + from + " is final)" : "; allowed: " + from.next()));
    }
}
