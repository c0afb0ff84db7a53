package io.github.idfraud.simulator;

/**
 * {@code slow_takeover}: a patient fraudster with the victim's credentials logs in from a device in the victim's
 * region, then waits; days later changes a contact detail, later still adds a payee, sends small transfers and only
 * then a large one. No step is unusual on its own day.
 *
 * @param dailyRate         chance per person per day (after the history period) of being a victim, at most once
 * @param minHistoryDays    days of normal account history before it can start
 * @param minStepGapDays    fewest days between two steps of the chain
 * @param maxStepGapDays    most days between two steps of the chain
 * @param sameCityShare     share of incidents whose device sits in the victim's own city (the rest: same country)
 * @param contactChangeShare share of incidents that change the e-mail or phone (the rest only reset the password)
 * @param maxSmallTransfers most small transfers to the new payee before the large one
 */
public record SlowTakeoverParams(
        double dailyRate,
        int minHistoryDays,
        int minStepGapDays,
        int maxStepGapDays,
        double sameCityShare,
        double contactChangeShare,
        int maxSmallTransfers) {

    public SlowTakeoverParams {
        Check.share("dailyRate", dailyRate);
        Check.range("minHistoryDays", minHistoryDays, 0, 365);
        Check.range("minStepGapDays", minStepGapDays, 0, 30);
        Check.range("maxStepGapDays", maxStepGapDays, 0, 30);
        Check.ordered("minStepGapDays", minStepGapDays, "maxStepGapDays", maxStepGapDays);
        Check.share("sameCityShare", sameCityShare);
        Check.share("contactChangeShare", contactChangeShare);
        Check.range("maxSmallTransfers", maxSmallTransfers, 0, 10);
    }

    public static SlowTakeoverParams defaults() {
        return new SlowTakeoverParams(0.0004, 7, 1, 4, 0.4, 0.6, 3);
    }

    public SlowTakeoverParams withDailyRate(double rate) {
        return new SlowTakeoverParams(rate, minHistoryDays, minStepGapDays, maxStepGapDays, sameCityShare,
                contactChangeShare, maxSmallTransfers);
    }

    /** Longest span of a chain, in days: four gaps between five steps. */
    public int maxSpanDays() {
        return 4 * maxStepGapDays;
    }
}
