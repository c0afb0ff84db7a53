package io.github.idfraud.simulator;

/** Argument checks for configuration records, with messages that say what would be valid. */
final class Check {

    private Check() {
    }

    static double share(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be a share between 0 and 1, got " + value);
        }
        return value;
    }

    static int range(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    static void ordered(String minName, int min, String maxName, int max) {
        if (min > max) {
            throw new IllegalArgumentException(minName + " (" + min + ") must not exceed " + maxName + " (" + max + ")");
        }
    }
}
