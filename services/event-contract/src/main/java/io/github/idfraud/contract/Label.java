package io.github.idfraud.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A label for an earlier event. It counts in label-based features only from {@code reportedAt}.
 */
public record Label(
        @NotBlank @Size(max = 128) @Pattern(regexp = "[A-Za-z0-9._:\\-]+", message = "may contain only letters, digits and . _ : -")
        String eventId,
        @NotNull LabelValue label,
        @NotNull Instant reportedAt,
        @NotNull LabelSource source) {
}
