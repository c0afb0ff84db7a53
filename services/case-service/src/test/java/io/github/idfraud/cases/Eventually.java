package io.github.idfraud.cases;

import java.time.Duration;
import java.util.function.Supplier;

/** Polls until a background step (intake, sender, publisher) has happened, or fails saying what never did. */
final class Eventually {

    private Eventually() {
    }

    /** Returns the first answer of {@code probe} that is neither null nor {@code false}. */
    static <T> T await(String what, Duration timeout, Supplier<T> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T answer = probe.get();
            if (answer != null && !Boolean.FALSE.equals(answer)) {
                return answer;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }

    static <T> T await(String what, Supplier<T> probe) {
        return await(what, Duration.ofSeconds(20), probe);
    }
}
