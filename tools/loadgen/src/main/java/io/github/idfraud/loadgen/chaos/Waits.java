package io.github.idfraud.loadgen.chaos;

import java.time.Duration;

/** Sleeping in the run's threads, where an interrupt means the run is being stopped. */
final class Waits {

    private Waits() {
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(Math.max(0, duration.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
