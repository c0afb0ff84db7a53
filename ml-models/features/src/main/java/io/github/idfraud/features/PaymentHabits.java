package io.github.idfraud.features;

import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.Transaction;

/**
 * Features that compare an event with its customer's own habits (typical amounts, merchant categories, time of day,
 * payees), with the probes before it, and with what is known of its counterparty's fraud so far.
 */
final class PaymentHabits {

    /** Fewer earlier events than this say too little about a customer's hours. */
    static final int MIN_EVENTS_FOR_HOURS = 5;
    private static final long NEW_PAYEE_SECONDS = 7 * 86400L;

    private PaymentHabits() {
    }

    static void derive(Event event, long t, Readings r, FeatureVector v) {
        long earlier = r.get(Reading.HOUR_EVENTS_TOTAL, 0);
        v.set(Feature.HOUR_UNUSUAL_FOR_CUSTOMER, earlier >= MIN_EVENTS_FOR_HOURS
                ? 1.0 - (double) r.get(Reading.HOUR_EVENTS_AROUND, 0) / earlier : 0);
        if (r.has(Reading.COUNTERPARTY_PAYMENTS_7D)) {
            v.set(Feature.COUNTERPARTY_FRAUD_RATE_7D, rate(r.get(Reading.COUNTERPARTY_LABELS_7D, 0),
                    r.get(Reading.COUNTERPARTY_PAYMENTS_7D, 0)));
            v.set(Feature.COUNTERPARTY_FRAUD_RATE_30D, rate(r.get(Reading.COUNTERPARTY_LABELS_30D, 0),
                    r.get(Reading.COUNTERPARTY_PAYMENTS_30D, 0)));
        }
        Transaction tx = event.transaction();
        if (event.type() != EventType.TRANSACTION || tx == null || !r.has(Reading.AMOUNT_CENTS_24H)) {
            return;
        }
        double amount = tx.amount().doubleValue();
        baseline(r.amountBaseline(AmountProfile.Horizon.DAYS_30), amount, v,
                Feature.AMOUNT_TO_CUSTOMER_MEDIAN_30D, Feature.AMOUNT_DEVIATION_30D);
        baseline(r.amountBaseline(AmountProfile.Horizon.DAYS_90), amount, v,
                Feature.AMOUNT_TO_CUSTOMER_MEDIAN_90D, Feature.AMOUNT_DEVIATION_90D);
        v.set(Feature.CUSTOMER_NEW_MERCHANT_CATEGORY, r.get(Reading.NEW_MERCHANT_CATEGORY, 0));
        long payeeAddedAt = r.get(Reading.PAYEE_ADDED_FOR_COUNTERPARTY, -1);
        boolean firstPayment = r.has(Reading.COUNTERPARTY_FIRST_SEEN) && r.get(Reading.COUNTERPARTY_FIRST_SEEN, -1) < 0;
        v.set(Feature.FIRST_PAYMENT_TO_NEW_PAYEE_7D, firstPayment && payeeAddedAt >= 0 && payeeAddedAt <= t
                && t - payeeAddedAt <= NEW_PAYEE_SECONDS ? 1 : 0);
        v.set(Feature.PROBES_BEFORE_LARGE_AMOUNT_1H, CardTesting.isLarge(tx)
                ? r.get(Reading.PRIOR_SMALL_AMOUNTS_1H, 0) + r.get(Reading.PRIOR_DECLINES_1H, 0) : 0);
    }

    /** Without enough history the amount is as typical as can be: ratio 1, deviation 0. */
    private static void baseline(AmountBaseline baseline, double amount, FeatureVector v, Feature ratio, Feature deviation) {
        v.set(ratio, baseline == null ? 1.0 : baseline.ratioToMedian(amount));
        v.set(deviation, baseline == null ? 0.0 : baseline.deviation(amount));
    }

    /** Labels reported over payments made in the same window, at most 1 (labels may be of payments made before it). */
    private static double rate(long labels, long payments) {
        return Math.min(1.0, (double) labels / Math.max(payments, 1));
    }
}
