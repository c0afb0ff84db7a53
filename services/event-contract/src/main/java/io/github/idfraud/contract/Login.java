package io.github.idfraud.contract;

import jakarta.validation.constraints.NotNull;

/** Outcome of a login attempt. */
public record Login(@NotNull Boolean success, LoginMethod method) {
}
