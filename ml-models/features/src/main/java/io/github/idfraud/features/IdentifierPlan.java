package io.github.idfraud.features;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What one event does to one identifier, as steps applied in order to its state, and where each value read goes:
 * straight into a feature, into a named reading for later derivation, or nowhere. Reads that must not see the event
 * itself come before its writes. A plan can be applied again to a fresher state when a commit lost a race.
 */
final class IdentifierPlan {

    @FunctionalInterface
    private interface Step {
        void apply(IdentifierState state, long t, FeatureVector vector, Readings readings);
    }

    private final String key;
    private final List<Step> steps = new ArrayList<>(12);

    IdentifierPlan(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    void apply(IdentifierState state, long t, FeatureVector vector, Readings readings) {
        for (Step step : steps) {
            step.apply(state, t, vector, readings);
        }
    }

    IdentifierPlan count(Metric metric, long amount) {
        return step((s, t, v, r) -> s.count(metric, amount, t));
    }

    IdentifierPlan sum(Metric metric, Window window, Object target) {
        return step((s, t, v, r) -> deliver(target, s.sum(metric, window, t), v, r));
    }

    IdentifierPlan link(Link link, String member) {
        return step((s, t, v, r) -> s.link(link, member, t));
    }

    IdentifierPlan distinct(Link link, int days, Object target) {
        return step((s, t, v, r) -> deliver(target, s.distinct(link, days, t), v, r));
    }

    IdentifierPlan readMark(Mark mark, Object target) {
        return step((s, t, v, r) -> deliver(target, s.mark(mark), v, r));
    }

    IdentifierPlan touch(Mark mark) {
        return step((s, t, v, r) -> s.touch(mark, t));
    }

    /** Reading: the member's first-sight time, or -1 when this event is its first sight. */
    IdentifierPlan firstSight(String member, Mark markWhenNew, Object target) {
        return step((s, t, v, r) -> deliver(target, s.firstSight(member, markWhenNew, t), v, r));
    }

    IdentifierPlan streak(Mark mark, boolean extend, Object target) {
        return step((s, t, v, r) -> deliver(target, s.streak(mark, extend), v, r));
    }

    IdentifierPlan position(double latitude, double longitude, String reading) {
        return step((s, t, v, r) -> r.put(reading, s.position(latitude, longitude, t)));
    }

    IdentifierPlan labelsWithin(long seconds, Object target) {
        return step((s, t, v, r) -> deliver(target, s.labelsWithin(seconds, t), v, r));
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

    private static void deliver(Object target, long value, FeatureVector vector, Readings readings) {
        if (target instanceof Feature feature) {
            vector.set(feature, value);
        } else if (target instanceof String name) {
            readings.put(name, value);
        }
    }
}
