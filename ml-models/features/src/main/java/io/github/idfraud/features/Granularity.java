package io.github.idfraud.features;

/**
 * Event-time bucket sizes. {@code keep} is how many buckets behind the newest one survive: a little more than the
 * longest window read at that size, so an event arriving a few minutes late still lands in, and reads, its own
 * buckets.
 */
enum Granularity {
    TEN_MINUTES(600, 18),
    HOUR(3600, 27),
    DAY(86400, 31);

    private final long seconds;
    private final int keep;

    Granularity(long seconds, int keep) {
        this.seconds = seconds;
        this.keep = keep;
    }

    long bucketOf(long epochSecond) {
        return Math.floorDiv(epochSecond, seconds);
    }

    int keep() {
        return keep;
    }
}
