package io.github.idfraud.features;

/** The sliding event-time windows features are counted over, and the buckets that make each of them up. */
enum Window {
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

    Granularity granularity() {
        return granularity;
    }

    int buckets() {
        return buckets;
    }
}
