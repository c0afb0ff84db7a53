package io.github.idfraud.cases.entity;

import java.util.Optional;

/** What the consumer answered on the link page: it was them, or it was not. */
public enum ConsumerAnswer {
    ME("me"),
    NOT_ME("not-me");

    private final String formValue;

    ConsumerAnswer(String formValue) {
        this.formValue = formValue;
    }

    public String formValue() {
        return formValue;
    }

    public static Optional<ConsumerAnswer> fromForm(String value) {
        for (ConsumerAnswer answer : values()) {
            if (answer.formValue.equals(value)) {
                return Optional.of(answer);
            }
        }
        return Optional.empty();
    }
}
