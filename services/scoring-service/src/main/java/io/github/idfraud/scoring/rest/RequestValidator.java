package io.github.idfraud.scoring.rest;

import io.github.idfraud.problem.InvalidRequestException;
import io.github.idfraud.problem.Problem;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Validates request bodies with Hibernate Validator and reports fields as JSON paths. */
@Singleton
public class RequestValidator {

    private final Validator validator;

    RequestValidator(Validator validator) {
        this.validator = validator;
    }

    public <T> void requireValid(T body, String what) {
        if (body == null) {
            throw new InvalidRequestException(List.of(new Problem.FieldViolation(what, "request body is required")));
        }
        List<Problem.FieldViolation> violations = violations(body, "");
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    /** @param pathPrefix prepended to each field, e.g. {@code events[3].} */
    public <T> List<Problem.FieldViolation> violations(T body, String pathPrefix) {
        List<Problem.FieldViolation> result = new ArrayList<>();
        for (ConstraintViolation<T> v : validator.validate(body)) {
            result.add(new Problem.FieldViolation(pathPrefix + v.getPropertyPath(), v.getMessage()));
        }
        result.sort(Comparator.comparing(Problem.FieldViolation::field));
        return result;
    }
}
