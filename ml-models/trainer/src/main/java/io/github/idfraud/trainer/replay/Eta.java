package io.github.idfraud.trainer.replay;

import java.util.Locale;

/** Formats a remaining time for progress lines: {@code 42 s}, {@code 3 min 05 s}, {@code 1 h 02 min}. */
public final class Eta {

    private Eta() {
    }

    public static String format(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "?";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }
}
