package io.github.idfraud.features;

/**
 * Event-time bucket sizes. {@code keep} is how many buckets behind the newest one survive: a little more than the
 * longest window read at that size, so an event arriving a few minutes late still lands in, and reads, its own
 * buckets. The id is what Redis stores ({@link StateCodec}, where format 2 has room for ids 0 to 2): never reuse or
 * renumber one.
 */
enum Granularity {
    TEN_MINUTES(0, 600, 18),
    HOUR(1, 3600, 27),
    DAY(2, 86400, 31);

    private final int id;
    private final long seconds;
    private final int keep;

    Granularity(int id, long seconds, int keep) {
        this.id = id;
        this.seconds = seconds;
        this.keep = keep;
    }

    /** Stable number in stored values. */
    int id() {
        return id;
    }

    long bucketOf(long epochSecond) {
        return Math.floorDiv(epochSecond, seconds);
    }

    long seconds() {
        return seconds;
    }

    int keep() {
        return keep;
    }
}
