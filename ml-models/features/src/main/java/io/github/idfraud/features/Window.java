package io.github.idfraud.features;

/** The sliding event-time windows features are counted over, and the buckets that make each of them up. */
enum Window {
    /** The current 10-minute bucket: from 0 to 10 minutes back. */
    TEN_MINUTES(Granularity.TEN_MINUTES, 1),
    HOUR(Granularity.TEN_MINUTES, 6),
    DAY(Granularity.HOUR, 24),
    WEEK(Granularity.DAY, 7),
    MONTH(Granularity.DAY, 30);

    private final Granularity granularity;
    private final int buckets;

    Window(Granularity granularity, int buckets) {
        this.granularity = granularity;
        this.buckets = buckets;
    }

    /** The first second of the window that ends with the bucket of {@code t}. */
    long startOf(long t) {
        return (granularity.bucketOf(t) - buckets + 1) * granularity.seconds();
    }

    Granularity granularity() {
        return granularity;
    }

    int buckets() {
        return buckets;
    }
}
