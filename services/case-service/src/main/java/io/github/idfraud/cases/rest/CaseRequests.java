package io.github.idfraud.cases.rest;

import io.github.idfraud.cases.entity.CaseStatus;
import io.github.idfraud.cases.entity.Disposition;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Bodies the analyst API accepts. */
public final class CaseRequests {

    private CaseRequests() {
    }

    /**
     * Move a case; the reason is mandatory and lands in the audit trail. A final status may name its disposition
     * (default: CONFIRMED_FRAUD for CONFIRMED_FRAUD, FALSE_POSITIVE for DISMISSED).
     */
    public record Transition(
            @NotNull CaseStatus to,
            @NotBlank @Size(max = 2000) @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE) String reason,
            Disposition disposition) {
    }

    /** Assign a case; a null or absent assignee unassigns it. */
    public record Assignment(
            @Size(min = 1, max = 128) @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE)
            String assignee) {
    }

    public record Note(
            @NotBlank @Size(max = 10000) @Pattern(regexp = PlainText.PATTERN, message = PlainText.MESSAGE)
            String text) {
    }
}
