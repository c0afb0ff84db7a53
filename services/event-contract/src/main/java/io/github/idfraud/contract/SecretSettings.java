package io.github.idfraud.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reading rotated secrets: a current key and the retired ones still accepted, as operators write them. */
public final class SecretSettings {

    private SecretSettings() {
    }

    /** The non-blank comma-separated keys of a {@code *_PREVIOUS_KEYS} setting, in order; empty when unset. */
    public static List<String> previousKeys(Optional<String> setting) {
        return setting.map(value -> Arrays.stream(value.split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList())
                .orElse(List.of());
    }

    /** The required current key of {@code settingName}, or a start-up failure naming it and what it must hold. */
    public static String required(Optional<String> setting, String settingName, String mustBe) {
        return setting.filter(value -> !value.isBlank())
                .orElseThrow(() -> new IllegalStateException(settingName + " is required (" + mustBe + ")"));
    }
}
