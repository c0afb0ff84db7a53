package io.github.idfraud.problem;

import java.util.List;
import java.util.stream.Collectors;

/** The request parsed but broke the contract: a 400 problem+json naming every offending field or parameter. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<Problem.FieldViolation> violations;

    public InvalidRequestException(List<Problem.FieldViolation> violations) {
        super(violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new Problem.FieldViolation(field, message)));
    }

    public List<Problem.FieldViolation> violations() {
        return violations;
    }
}
