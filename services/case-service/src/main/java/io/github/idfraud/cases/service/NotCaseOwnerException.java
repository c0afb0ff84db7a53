package io.github.idfraud.cases.service;

/** A final decision on a case by someone who is neither its assignee nor a supervisor. */
public class NotCaseOwnerException extends RuntimeException {

    public NotCaseOwnerException(String caseId) {
        super("only the case's assignee or a supervisor may close case " + caseId + "; take it first");
    }
}
