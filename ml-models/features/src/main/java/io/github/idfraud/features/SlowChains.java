package io.github.idfraud.features;

import io.github.idfraud.contract.EventType;

/**
 * Takeovers spread over days: how long ago each risk step last happened (up to 90 days, where the HOURS_SINCE_
 * features stop at 30), how many different steps fall within 3, 7 and 14 days, and a payment soon after a new device.
 * A device counts as a risk step only when it is new to an established customer: the customer was seen with a device,
 * payee or counterparty before it, so the device an account was opened with is not one.
 */
final class SlowChains {

    private static final long DAY = 86400;
    private static final int[] STEP_WINDOWS_DAYS = {3, 7, 14};
    private static final Feature[] STEP_FEATURES = {Feature.RISK_STEPS_3D, Feature.RISK_STEPS_7D, Feature.RISK_STEPS_14D};
    private static final int MONEY_AFTER_DEVICE_DAYS = 14;

    private SlowChains() {
    }

    /** @param newDevice whether this event's device is new for the customer */
    static void derive(EventType type, long t, Readings r, boolean newDevice, FeatureVector v) {
        v.set(Feature.DAYS_SINCE_NEW_DEVICE, daysSince(t, r.get(Reading.NEW_DEVICE_AT, -1)));
        v.set(Feature.DAYS_SINCE_PASSWORD_RESET, daysSince(t, r.get(Reading.PASSWORD_RESET_AT, -1)));
        v.set(Feature.DAYS_SINCE_CONTACT_CHANGE, daysSince(t, r.get(Reading.CONTACT_CHANGE_AT, -1)));
        v.set(Feature.DAYS_SINCE_PAYEE_ADDED, daysSince(t, r.get(Reading.PAYEE_ADDED_AT, -1)));
        if (!r.has(Reading.NEW_DEVICE_AT)) {
            return;
        }
        long firstSeen = r.get(Reading.CUSTOMER_FIRST_SEEN, -1);
        long lastNewDevice = r.get(Reading.NEW_DEVICE_AT, -1);
        long establishedNewDevice = firstSeen < 0 ? -1 : newDevice ? t : lastNewDevice > firstSeen ? lastNewDevice : -1;
        long[] steps = {
            establishedNewDevice,
            type == EventType.PASSWORD_RESET ? t : r.get(Reading.PASSWORD_RESET_AT, -1),
            type == EventType.CONTACT_CHANGE ? t : r.get(Reading.CONTACT_CHANGE_AT, -1),
            type == EventType.PAYEE_ADDED ? t : r.get(Reading.PAYEE_ADDED_AT, -1)};
        for (int w = 0; w < STEP_WINDOWS_DAYS.length; w++) {
            int count = 0;
            for (long at : steps) {
                count += within(t, at, STEP_WINDOWS_DAYS[w]) ? 1 : 0;
            }
            v.set(STEP_FEATURES[w], count);
        }
        v.set(Feature.NEW_DEVICE_THEN_MONEY_14D, type == EventType.TRANSACTION
                && within(t, establishedNewDevice, MONEY_AFTER_DEVICE_DAYS) ? 1 : 0);
    }

    private static boolean within(long t, long at, int days) {
        return at >= 0 && at <= t && t - at <= days * DAY;
    }

    /** Days to two decimals, {@link Feature#NEVER_DAYS} when longer ago or never. */
    private static double daysSince(long t, long at) {
        if (at < 0 || at > t) {
            return Feature.NEVER_DAYS;
        }
        return Math.min(Feature.NEVER_DAYS, Math.round((t - at) / (double) DAY * 100) / 100.0);
    }
}
