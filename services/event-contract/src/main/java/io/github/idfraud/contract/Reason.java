package io.github.idfraud.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One reason behind a decision: a stable code, a value, and a plain description. {@code source} says whether the
 * model's attributions or a tenant rule gave it; absent in answers stored before rules existed.
 */
public record Reason(String code, double value, String description,
                     @JsonInclude(JsonInclude.Include.NON_NULL) ReasonSource source) {

    /** A reason from the model's attributions. */
    public Reason(String code, double value, String description) {
        this(code, value, description, ReasonSource.MODEL);
    }
}
