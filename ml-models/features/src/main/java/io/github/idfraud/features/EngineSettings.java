package io.github.idfraud.features;

import java.time.Duration;

/**
 * @param keyPrefix     namespace of every key the engine writes (serving and each training run use their own)
 * @param windowTtl     how long an idle identifier's windows live; longer than the longest window
 * @param labelTtl      how long fraud labels stay linked to an identifier; longer than the label window
 * @param labelWindow   how far back label-based features look from the event time
 */
public record EngineSettings(String keyPrefix, Duration windowTtl, Duration labelTtl, Duration labelWindow) {

    public EngineSettings {
        if (keyPrefix == null || keyPrefix.isBlank() || keyPrefix.contains("{") || keyPrefix.contains("}")) {
            throw new IllegalArgumentException("key prefix must be non-blank and free of braces: " + keyPrefix);
        }
        if (windowTtl.compareTo(Duration.ofDays(31)) < 0 || labelTtl.compareTo(labelWindow) < 0) {
            throw new IllegalArgumentException("TTLs must outlive the windows they serve");
        }
    }

    public static EngineSettings defaults(String keyPrefix) {
        return new EngineSettings(keyPrefix, Duration.ofDays(32), Duration.ofDays(95), Duration.ofDays(90));
    }
}
