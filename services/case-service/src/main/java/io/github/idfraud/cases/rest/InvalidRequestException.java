package io.github.idfraud.cases.rest;

import java.util.List;

/** A request parameter or body field is invalid (400 problem+json naming it). */
public class InvalidRequestException extends RuntimeException {

    private final transient List<Problem.FieldViolation> violations;

    public InvalidRequestException(String field, String message) {
        super(field + " " + message);
        this.violations = List.of(new Problem.FieldViolation(field, message));
    }

    public List<Problem.FieldViolation> violations() {
        return violations;
    }
}
