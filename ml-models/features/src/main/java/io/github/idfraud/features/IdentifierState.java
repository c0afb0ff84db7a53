package io.github.idfraud.features;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Everything the engine remembers about one pseudonymised identifier, decoded from its Redis value: event-time
 * buckets per metric, time marks, last position, distinct linked identifiers, first sightings and fraud labels.
 * The operations here are the whole window arithmetic; they run in the JVM, and {@link StateStore} commits the
 * result to Redis only if nobody changed the value meanwhile.
 *
 * <p>An event the identifier already counted ({@link #hasApplied}: a retry after a crash, ADR 0011) is applied with
 * {@link #skipWrites}: every operation then answers what it reads from the state as it is and changes nothing.
 */
final class IdentifierState {

    static final int LINK_CAP = 128;
    static final int SIGHTING_CAP = 256;
    static final int LABEL_CAP = 256;
    private static final long ABSENT = Long.MIN_VALUE;
    private static final long DAY = 86400;

    /** The version this state was read at; 0 when the identifier had no value in Redis. */
    final long version;
    static final Metric[] METRICS = Metric.values();
    static final Granularity[] GRANULARITIES = Granularity.values();
    static final Mark[] MARKS = Mark.values();

    // In memory the arrays are indexed by ordinal; StateCodec stores the constants' explicit ids instead.
    /** Indexed by {@link #slot}: one flat array, as most identifiers keep one or two of the fifteen series. */
    final BucketSeries[] series = new BucketSeries[METRICS.length * GRANULARITIES.length];
    final long[] marks = new long[MARKS.length];
    boolean hasPosition;
    long positionAt;
    double latitude;
    double longitude;
    final MemberTimes[] links = new MemberTimes[Link.values().length];
    MemberTimes sightings;
    MemberTimes labels;
    /** The optional {@link Section}s: null until the customer has something in them. */
    AmountProfile amounts;
    MerchantCategories categories;
    HourProfile hours;
    AppliedEvents appliedEvents;
    private boolean changed;
    private boolean writesSkipped;

    IdentifierState(long version) {
        this.version = version;
        java.util.Arrays.fill(marks, ABSENT);
    }

    static int slot(Metric metric, Granularity granularity) {
        return metric.ordinal() * GRANULARITIES.length + granularity.ordinal();
    }

    boolean changed() {
        return changed;
    }

    /** Whether the event of this reference hash ({@link #memberHash} of its event reference) was counted here lately. */
    boolean hasApplied(long referenceHash) {
        return appliedEvents != null && appliedEvents.contains(referenceHash);
    }

    /** Remembers that the event was counted here, for its retries (ADR 0011). */
    void rememberApplied(long referenceHash, long t, RetryGuard guard) {
        if (appliedEvents == null) {
            appliedEvents = new AppliedEvents();
        }
        appliedEvents.add(referenceHash, t, guard);
        changed = true;
    }

    /**
     * From now on no operation changes this state: the event being applied is already in it. Reads answer from the
     * state as it is, so they see the event once, including those meant to run before the event's own writes.
     */
    void skipWrites() {
        writesSkipped = true;
    }

    void count(Metric metric, long amount, long t) {
        if (writesSkipped) {
            return;
        }
        for (Granularity g : GRANULARITIES) {
            if (!metric.keeps(g)) {
                continue;
            }
            BucketSeries s = series[slot(metric, g)];
            if (s == null) {
                s = series[slot(metric, g)] = new BucketSeries();
            }
            s.add(g.bucketOf(t), amount);
            s.prune(g.keep());
        }
        changed = true;
    }

    long sum(Metric metric, Window window, long t) {
        if (!metric.keeps(window.granularity())) {
            throw new IllegalStateException(metric + " is not kept in " + window.granularity() + " buckets for its " + window + " window");
        }
        BucketSeries s = series[slot(metric, window.granularity())];
        if (s == null) {
            return 0;
        }
        long to = window.granularity().bucketOf(t);
        return s.sum(to - window.buckets() + 1, to);
    }

    void link(Link link, String member, long t) {
        if (writesSkipped) {
            return;
        }
        MemberTimes set = links[link.ordinal()];
        if (set == null) {
            set = links[link.ordinal()] = new MemberTimes(4);
        }
        set.dropLastSeenBefore(t - link.horizonSeconds());
        set.see(memberHash(member), t, LINK_CAP);
        changed = true;
    }

    /** Distinct linked identifiers seen on the event's day or the {@code days - 1} days before it. */
    long distinct(Link link, int days, long t) {
        MemberTimes set = links[link.ordinal()];
        if (set == null) {
            return 0;
        }
        long day = Math.floorDiv(t, DAY);
        return set.countLastSeenWithin((day - days + 1) * DAY, (day + 1) * DAY - 1);
    }

    /** Distinct linked identifiers last seen within the window that ends with the bucket of {@code t}. */
    long distinct(Link link, Window window, long t) {
        MemberTimes set = links[link.ordinal()];
        if (set == null) {
            return 0;
        }
        long bucketEnd = (window.granularity().bucketOf(t) + 1) * window.granularity().seconds() - 1;
        return set.countLastSeenWithin(window.startOf(t), bucketEnd);
    }

    /**
     * Forgets what no window reads any more at event time {@code t}: buckets past their granularity's keep and linked
     * identifiers past their horizon. Called before a changed state is stored, so that a series or link an identifier
     * stopped feeding does not linger until its key expires.
     */
    void forgetExpired(long t) {
        for (Metric metric : METRICS) {
            for (Granularity g : GRANULARITIES) {
                BucketSeries s = series[slot(metric, g)];
                if (s != null) {
                    s.dropBefore(g.bucketOf(t) - g.keep() + 1);
                }
            }
        }
        for (Link link : Link.values()) {
            MemberTimes set = links[link.ordinal()];
            if (set != null) {
                set.dropLastSeenBefore(t - link.horizonSeconds());
            }
        }
    }

    boolean hasMark(Mark mark) {
        return marks[mark.ordinal()] != ABSENT;
    }

    /** The mark's value, or -1 when it was never set. */
    long mark(Mark mark) {
        long v = marks[mark.ordinal()];
        return v == ABSENT ? -1 : v;
    }

    /** Keeps the latest event time in the mark. */
    void touch(Mark mark, long t) {
        long v = marks[mark.ordinal()];
        if (!writesSkipped && (v == ABSENT || v < t)) {
            marks[mark.ordinal()] = t;
            changed = true;
        }
    }

    /**
     * First sight of a member (a device or payee of a customer, or "self" for an e-mail or phone): returns when it
     * was first seen, or -1 when this event is its first sight, in which case {@code markWhenNew} is touched.
     */
    long firstSight(String member, Mark markWhenNew, long t) {
        long hash = memberHash(member);
        int i = sightings == null ? -1 : sightings.indexOf(hash);
        long firstSeen = i < 0 ? ABSENT : sightings.firstAt(i);
        if (!writesSkipped) {
            if (sightings == null) {
                sightings = new MemberTimes(4);
            }
            sightings.see(hash, t, SIGHTING_CAP);
            changed = true;
        }
        // A retry finds the sighting its first attempt recorded: first seen at this very time means new then.
        if (firstSeen == ABSENT || firstSeen > t || writesSkipped && firstSeen == t) {
            if (markWhenNew != null) {
                touch(markWhenNew, t);
            }
            return -1;
        }
        return firstSeen;
    }

    /** When the member was first seen, or -1 when never; records nothing. */
    long sightedAt(String member) {
        int i = sightings == null ? -1 : sightings.indexOf(memberHash(member));
        return i < 0 ? -1 : sightings.firstAt(i);
    }

    /** The earliest first sight of any member (device, counterparty, payee): when this identifier was first seen using one; -1 when never. */
    long earliestSighting() {
        long earliest = -1;
        for (int i = 0; sightings != null && i < sightings.size(); i++) {
            earliest = earliest < 0 ? sightings.firstAt(i) : Math.min(earliest, sightings.firstAt(i));
        }
        return earliest;
    }

    /** The typical amount before this payment (null: too little history), then adds the payment. */
    void addAmount(double amount, long t) {
        if (writesSkipped) {
            return;
        }
        if (amounts == null) {
            amounts = new AmountProfile();
        }
        amounts.add(amount, t);
        changed = true;
    }

    AmountBaseline amountBaseline(AmountProfile.Horizon horizon, long t) {
        return amounts == null ? null : amounts.baseline(horizon, t);
    }

    /** Records a merchant category; returns whether it is new for this identifier. */
    boolean seeCategory(int code) {
        if (writesSkipped) {
            return categories == null || !categories.contains(code);
        }
        if (categories == null) {
            categories = new MerchantCategories();
        }
        boolean isNew = categories.see(code);
        changed |= isNew;
        return isNew;
    }

    void addHour(long t) {
        if (writesSkipped) {
            return;
        }
        if (hours == null) {
            hours = new HourProfile();
        }
        hours.add(t);
        changed = true;
    }

    /** {@code extend} adds one and returns the new length; otherwise the streak ends and its length is returned. */
    long streak(Mark mark, boolean extend) {
        long v = marks[mark.ordinal()];
        long length = v == ABSENT ? 0 : v;
        if (writesSkipped) {
            return length;
        }
        marks[mark.ordinal()] = extend ? length + 1 : ABSENT;
        changed = true;
        return extend ? length + 1 : length;
    }

    /**
     * Steps per degree of the grid a stored position is rounded to: 0.01 degrees, about 1.1 km north-south and at
     * most that east-west. Redis keeps where a customer was for weeks; a kilometre grid is enough to tell impossible
     * travel (900 km/h) and says less of where a person lives.
     */
    static final double POSITION_STEPS_PER_DEGREE = 100;

    /**
     * Records the position, rounded to the grid ({@link #POSITION_STEPS_PER_DEGREE}); returns the previous one when it is
     * not later than this event, else null.
     */
    LastSighting position(double lat, double lon, long t) {
        if (hasPosition && positionAt > t) {
            return null;
        }
        LastSighting previous = hasPosition ? new LastSighting(positionAt, latitude, longitude) : null;
        if (writesSkipped) {
            return previous;
        }
        hasPosition = true;
        positionAt = t;
        latitude = onGrid(lat);
        longitude = onGrid(lon);
        changed = true;
        return previous;
    }

    private static double onGrid(double degrees) {
        return Math.round(degrees * POSITION_STEPS_PER_DEGREE) / POSITION_STEPS_PER_DEGREE;
    }

    /** Fraud labels reported within {@code seconds} up to {@code t}. */
    long labelsWithin(long seconds, long t) {
        return labels == null ? 0 : labels.countLastSeenWithin(t - seconds, t);
    }

    void addLabel(String member, long reportedAt, Duration labelTtl) {
        if (writesSkipped) {
            return;
        }
        if (labels == null) {
            labels = new MemberTimes(2);
        }
        labels.dropLastSeenBefore(reportedAt - labelTtl.toSeconds());
        labels.see(memberHash(member), reportedAt, LABEL_CAP);
        changed = true;
    }

    boolean removeLabel(String member) {
        if (writesSkipped) {
            return false;
        }
        boolean removed = labels != null && labels.remove(memberHash(member));
        changed |= removed;
        return removed;
    }

    boolean hasLabels() {
        return labels != null && labels.size() > 0;
    }

    /**
     * 32-bit FNV-1a of the member's UTF-8 bytes: members are pseudonyms already, this only makes them short. A set
     * holds at most a few hundred members, so two of them sharing a hash is a one-in-a-hundred-thousand event that
     * would undercount by one.
     */
    static long memberHash(String member) {
        int h = 0x811c9dc5;
        for (byte b : member.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x01000193;
        }
        return h & 0xffffffffL;
    }
}
