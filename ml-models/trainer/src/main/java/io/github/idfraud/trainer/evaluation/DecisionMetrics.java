package io.github.idfraud.trainer.evaluation;

/**
 * What one decider did to a group of events, counting REVIEW and DECLINE as flagged (what becomes an alert).
 *
 * @param recall           share of FRAUD events flagged; null when the group has none
 * @param precision        share of flagged events that are FRAUD; null when none was flagged
 * @param legitFlaggedRate share of LEGIT events flagged (the false-positive rate); null when the group has none
 */
public record DecisionMetrics(long events, long fraudEvents, long flagged, long flaggedFraud, Double recall,
                              Double precision, Double legitFlaggedRate) {

    static DecisionMetrics of(long events, long fraudEvents, long flagged, long flaggedFraud) {
        long legit = events - fraudEvents;
        return new DecisionMetrics(events, fraudEvents, flagged, flaggedFraud,
                ratio(flaggedFraud, fraudEvents), ratio(flaggedFraud, flagged), ratio(flagged - flaggedFraud, legit));
    }

    /** Share of all the group's events flagged. */
    public double flaggedShare() {
        return events == 0 ? 0 : (double) flagged / events;
    }

    /** part / whole rounded to 4 decimals; null when whole is 0. */
    static Double ratio(long part, long whole) {
        return whole == 0 ? null : Math.round((double) part / whole * 10_000) / 10_000.0;
    }
}
