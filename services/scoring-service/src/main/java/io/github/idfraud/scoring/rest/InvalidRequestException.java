package io.github.idfraud.scoring.rest;

import java.util.List;

/** The request body parsed but broke the contract; carries every field violation. */
public class InvalidRequestException extends RuntimeException {

    private final List<Problem.FieldViolation> violations;

    public InvalidRequestException(List<Problem.FieldViolation> violations) {
        super("invalid request: " + violations.size() + " field(s)");
        this.violations = List.copyOf(violations);
    }

    public List<Problem.FieldViolation> violations() {
        return violations;
    }
}
