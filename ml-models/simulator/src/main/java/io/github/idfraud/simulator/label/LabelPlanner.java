package io.github.idfraud.simulator.label;

import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.LabelSource;
import io.github.idfraud.contract.LabelValue;
import io.github.idfraud.contract.Transaction;
import io.github.idfraud.simulator.LabelParams;
import io.github.idfraud.simulator.world.Rng;
import java.util.SplittableRandom;

/** Decides who reports what and when: report delays per source, unreported incidents, wrong labels. */
public final class LabelPlanner {

    private static final long DAY = 86_400;

    private final LabelParams params;

    public LabelPlanner(LabelParams params) {
        this.params = params;
    }

    /** Whether a fraud incident is ever reported; decided once per incident so its events share the fate. */
    public boolean reported(SplittableRandom r) {
        return !Rng.chance(r, params.unlabelledShare());
    }

    /** A FRAUD label reported by {@code source} after the incident's last event at {@code incidentEnd}. */
    public LabelPlan fraud(SplittableRandom r, LabelSource source, long incidentEnd) {
        return new LabelPlan(LabelValue.FRAUD, source, incidentEnd + delay(r, source));
    }

    /**
     * The label of a legitimate event, mostly none: now and then a wrong FRAUD ({@link #mistaken}); otherwise, for
     * an event that looked risky, sometimes a LEGIT label once the customer or an analyst has cleared it.
     */
    public LabelPlan legit(SplittableRandom r, EventType type, Transaction transaction, long time, boolean looksRisky) {
        LabelPlan wrong = mistaken(r, type, transaction, time);
        if (wrong != null || !looksRisky || !Rng.chance(r, params.clearedShare())) {
            return wrong;
        }
        // applications are reviewed by analysts; other alerts mostly end with the customer's "yes, this was me"
        LabelSource source = switch (type) {
            case ACCOUNT_OPENING -> LabelSource.CASE;
            case TRANSACTION -> Rng.chance(r, 0.5) ? LabelSource.CASE : LabelSource.CONSUMER;
            default -> Rng.chance(r, 0.7) ? LabelSource.CONSUMER : LabelSource.CASE;
        };
        return new LabelPlan(LabelValue.LEGIT, source, time + clearDelay(r, source));
    }

    /** Mostly null; now and then a legitimate event is reported as fraud (a chargeback claim or a confused customer). */
    LabelPlan mistaken(SplittableRandom r, EventType type, Transaction transaction, long time) {
        if (!Rng.chance(r, params.falseFraudRate())) {
            return null;
        }
        boolean card = type == EventType.TRANSACTION && transaction != null
                && (transaction.channel() == Channel.CARD_PRESENT
                    || transaction.channel() == Channel.CARD_NOT_PRESENT);
        LabelSource source = card ? LabelSource.CHARGEBACK : LabelSource.CONSUMER;
        return fraud(r, source, time);
    }

    /** Customers answer "was this you?" within an hour to 3 days; analysts clear a case in 1-5 days. */
    static long clearDelay(SplittableRandom r, LabelSource source) {
        return source == LabelSource.CONSUMER
                ? 3600 + (long) (r.nextDouble() * (3 * DAY - 3600))
                : DAY + (long) (r.nextDouble() * 4 * DAY);
    }

    /** Consumers notice within 1-10 days, bank investigations take 2-5 days, chargebacks 7-60 days. */
    public static long delay(SplittableRandom r, LabelSource source) {
        return switch (source) {
            case CONSUMER -> DAY + (long) (r.nextDouble() * 9 * DAY);
            case CASE -> 2 * DAY + (long) (r.nextDouble() * 3 * DAY);
            case CHARGEBACK -> 7 * DAY + (long) (r.nextDouble() * 53 * DAY);
        };
    }
}
