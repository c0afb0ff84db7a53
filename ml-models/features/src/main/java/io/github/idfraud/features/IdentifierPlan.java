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
