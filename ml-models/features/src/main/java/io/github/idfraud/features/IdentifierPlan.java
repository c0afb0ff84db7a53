package io.github.idfraud.features;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What one event does to one identifier, as steps applied in order to its state, and where each value read goes:
 * straight into a feature, or into a {@link Reading} for later derivation. Reads that must not see the event
 * itself come before its writes. A plan can be applied again to a fresher state when a commit lost a race.
 */
final class IdentifierPlan {

    @FunctionalInterface
    private interface Step {
        void apply(IdentifierState state, long t, FeatureVector vector, Readings readings);
    }

    private final String key;
    private final List<String> formerKeys;
    private final List<Step> steps = new ArrayList<>(12);
    private Duration lifetime;

    IdentifierPlan(String key) {
        this(key, List.of());
    }

    /** @param formerKeys where the identifier's value may still be kept during a key rotation, to be moved to {@code key} */
    IdentifierPlan(String key, List<String> formerKeys) {
        this.key = key;
        this.formerKeys = formerKeys;
    }

    String key() {
        return key;
    }

    List<String> formerKeys() {
        return formerKeys;
    }

    /** How long the stored value lives without another write, when shorter than the engine's window TTL; else null. */
    Duration lifetime() {
        return lifetime;
    }

    /** For identifiers whose windows are all short (a card's last hours): their value need not outlive them. */
    IdentifierPlan lifetime(Duration value) {
        this.lifetime = value;
        return this;
    }

    void apply(IdentifierState state, long t, FeatureVector vector, Readings readings) {
        for (Step step : steps) {
            step.apply(state, t, vector, readings);
        }
    }

    IdentifierPlan count(Metric metric, long amount) {
        return step((s, t, v, r) -> s.count(metric, amount, t));
    }

    IdentifierPlan sum(Metric metric, Window window, Feature target) {
        return step((s, t, v, r) -> v.set(target, s.sum(metric, window, t)));
    }

    IdentifierPlan sum(Metric metric, Window window, Reading target) {
        return step((s, t, v, r) -> r.put(target, s.sum(metric, window, t)));
    }

    IdentifierPlan link(Link link, String member) {
        return step((s, t, v, r) -> s.link(link, member, t));
    }

    IdentifierPlan distinct(Link link, int days, Feature target) {
        return step((s, t, v, r) -> v.set(target, s.distinct(link, days, t)));
    }

    IdentifierPlan distinct(Link link, Window window, Feature target) {
        return step((s, t, v, r) -> v.set(target, s.distinct(link, window, t)));
    }

    IdentifierPlan readMark(Mark mark, Reading target) {
        return step((s, t, v, r) -> r.put(target, s.mark(mark)));
    }

    IdentifierPlan touch(Mark mark) {
        return step((s, t, v, r) -> s.touch(mark, t));
    }

    /** Reading: the member's first-sight time, or -1 when this event is its first sight. */
    IdentifierPlan firstSight(String member, Mark markWhenNew, Reading target) {
        return step((s, t, v, r) -> r.put(target, s.firstSight(member, markWhenNew, t)));
    }

    /** Records a sighting of the member without reading anything. */
    IdentifierPlan sight(String member) {
        return step((s, t, v, r) -> s.firstSight(member, null, t));
    }

    /** Reading: when the member was first seen, or -1 when never; records nothing. */
    /** Counts one of {@code metric} when the member was first seen at most {@code seconds} before this event. */
    IdentifierPlan countIfSightedWithin(String member, long seconds, Metric metric) {
        return step((s, t, v, r) -> {
            long at = s.sightedAt(member);
            if (at >= 0 && at <= t && t - at <= seconds) {
                s.count(metric, 1, t);
            }
        });
    }

    IdentifierPlan sightedAt(String member, Reading target) {
        return step((s, t, v, r) -> r.put(target, s.sightedAt(member)));
    }

    /** Reading: the earliest first sight of any member, or -1 when none. */
    IdentifierPlan earliestSighting(Reading target) {
        return step((s, t, v, r) -> r.put(target, s.earliestSighting()));
    }

    /** Reads the typical amounts before this payment for {@link FeatureDeriver}, then adds the payment to them. */
    IdentifierPlan amount(double amount) {
        return step((s, t, v, r) -> {
            for (AmountProfile.Horizon h : AmountProfile.Horizon.values()) {
                r.amountBaseline(h, s.amountBaseline(h, t));
            }
            s.addAmount(amount, t);
        });
    }

    /** Reading: 1 when the merchant category is new for the identifier, else 0; records it. */
    IdentifierPlan category(int code, Reading target) {
        return step((s, t, v, r) -> r.put(target, s.seeCategory(code) ? 1 : 0));
    }

    /** Readings: earlier events around this hour of day and earlier events in all; then counts this one. */
    IdentifierPlan hourOfDay(Reading around, Reading total) {
        return step((s, t, v, r) -> {
            r.put(around, s.hours == null ? 0 : s.hours.around(t));
            r.put(total, s.hours == null ? 0 : s.hours.total());
            s.addHour(t);
        });
    }

    IdentifierPlan streak(Mark mark, boolean extend, Reading target) {
        return step((s, t, v, r) -> r.put(target, s.streak(mark, extend)));
    }

    /** Records the position; the reading is the previous one (see {@link IdentifierState#position}). */
    IdentifierPlan position(double latitude, double longitude) {
        return step((s, t, v, r) -> r.previousPosition(s.position(latitude, longitude, t)));
    }

    IdentifierPlan labelsWithin(long seconds, Feature target) {
        return step((s, t, v, r) -> v.set(target, s.labelsWithin(seconds, t)));
    }

    IdentifierPlan labelsWithin(long seconds, Reading target) {
        return step((s, t, v, r) -> r.put(target, s.labelsWithin(seconds, t)));
    }

    IdentifierPlan addLabel(String member, Duration labelTtl) {
        return step((s, t, v, r) -> s.addLabel(member, t, labelTtl));
    }

    IdentifierPlan removeLabel(String member) {
        return step((s, t, v, r) -> s.removeLabel(member));
    }

    private IdentifierPlan step(Step step) {
        steps.add(step);
        return this;
    }
}
