package io.github.idfraud.features;

import io.github.idfraud.contract.ContactField;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventType;

/** Features from the event itself, and those that need arithmetic on what the plans read from identifier states. */
final class FeatureDeriver {

    private static final double SECONDS_PER_HOUR = 3600.0;
    private static final double SECONDS_PER_DAY = 86400.0;
    private static final double EARTH_RADIUS_KM = 6371.0;
    private static final double IMPOSSIBLE_SPEED_KMH = 900.0;
    private static final double IMPOSSIBLE_MIN_DISTANCE_KM = 300.0;

    void eventLocal(Event event, FeatureVector v) {
        EventType type = event.type();
        v.set(Feature.TYPE_ACCOUNT_OPENING, flag(type == EventType.ACCOUNT_OPENING));
        v.set(Feature.TYPE_LOGIN, flag(type == EventType.LOGIN));
        v.set(Feature.TYPE_PASSWORD_RESET, flag(type == EventType.PASSWORD_RESET));
        v.set(Feature.TYPE_CONTACT_CHANGE, flag(type == EventType.CONTACT_CHANGE));
        v.set(Feature.TYPE_PAYEE_ADDED, flag(type == EventType.PAYEE_ADDED));
        v.set(Feature.TYPE_TRANSACTION, flag(type == EventType.TRANSACTION));
        var tx = event.transaction();
        if (type == EventType.TRANSACTION && tx != null) {
            v.set(Feature.AMOUNT_LOG, Math.log1p(tx.amount().doubleValue()));
            v.set(Feature.CHANNEL_CARD_NOT_PRESENT, flag(tx.channel() == io.github.idfraud.contract.Channel.CARD_NOT_PRESENT));
            v.set(Feature.CHANNEL_TRANSFER, flag(tx.channel() == io.github.idfraud.contract.Channel.TRANSFER));
            v.set(Feature.CHANNEL_ATM, flag(tx.channel() == io.github.idfraud.contract.Channel.ATM));
        }
        v.set(Feature.LOGIN_FAILED, flag(type == EventType.LOGIN && event.login() != null
                && Boolean.FALSE.equals(event.login().success())));
        var change = event.contactChange();
        if (type == EventType.CONTACT_CHANGE && change != null) {
            v.set(Feature.CONTACT_CHANGE_EMAIL, flag(change.field() == ContactField.EMAIL));
            v.set(Feature.CONTACT_CHANGE_PHONE, flag(change.field() == ContactField.PHONE));
        }
    }

    void derived(Event event, Readings r, FeatureVector v) {
        long t = event.occurredAt().getEpochSecond();
        EventType type = event.type();
        v.set(Feature.EMAIL_AGE_DAYS, ageDays(t, r.get(Reading.EMAIL_FIRST_SEEN, -1)));
        v.set(Feature.PHONE_AGE_DAYS, ageDays(t, r.get(Reading.PHONE_FIRST_SEEN, -1)));
        v.set(Feature.PAYEE_ACCOUNT_AGE_DAYS, ageDays(t, r.get(Reading.PAYEE_ACCOUNT_FIRST_SEEN, -1)));

        boolean newDevice = r.has(Reading.DEVICE_FIRST_SEEN) && r.get(Reading.DEVICE_FIRST_SEEN, -1) < 0;
        v.set(Feature.CUSTOMER_NEW_DEVICE, flag(newDevice));
        v.set(Feature.CUSTOMER_DEVICE_AGE_DAYS, ageDays(t, r.get(Reading.DEVICE_FIRST_SEEN, -1)));
        double sinceNewDevice = hoursSince(t, r.get(Reading.NEW_DEVICE_AT, -1));
        double sinceReset = hoursSince(t, r.get(Reading.PASSWORD_RESET_AT, -1));
        double sinceContact = hoursSince(t, r.get(Reading.CONTACT_CHANGE_AT, -1));
        double sincePayee = hoursSince(t, r.get(Reading.PAYEE_ADDED_AT, -1));
        v.set(Feature.HOURS_SINCE_NEW_DEVICE, sinceNewDevice);
        v.set(Feature.HOURS_SINCE_PASSWORD_RESET, sinceReset);
        v.set(Feature.HOURS_SINCE_CONTACT_CHANGE, sinceContact);
        v.set(Feature.HOURS_SINCE_PAYEE_ADDED, sincePayee);
        int steps = 0;
        steps += (newDevice || sinceNewDevice < 24) ? 1 : 0;
        steps += (type == EventType.PASSWORD_RESET || type == EventType.CONTACT_CHANGE
                || Math.min(sinceReset, sinceContact) < 24) ? 1 : 0;
        steps += (type == EventType.PAYEE_ADDED || sincePayee < 24) ? 1 : 0;
        v.set(Feature.TAKEOVER_CHAIN_STEPS_24H, r.has(Reading.NEW_DEVICE_AT) ? steps : 0);
        v.set(Feature.CUSTOMER_FAILED_LOGIN_STREAK, Math.max(0, r.get(Reading.FAILED_LOGIN_STREAK, 0)));
        SlowChains.derive(type, t, r, newDevice, v);
        PaymentHabits.derive(event, t, r, v);

        travel(event, t, r.previousPosition(), v);

        if (type == EventType.TRANSACTION && event.transaction() != null && r.has(Reading.AMOUNT_CENTS_24H)) {
            double amount = event.transaction().amount().doubleValue();
            double priorCount = v.get(Feature.CUSTOMER_TRANSACTIONS_30D);
            double priorAmount = r.get(Reading.PRIOR_AMOUNT_CENTS_30D, 0) / 100.0;
            v.set(Feature.CUSTOMER_AMOUNT_24H, r.get(Reading.AMOUNT_CENTS_24H, 0) / 100.0);
            v.set(Feature.AMOUNT_TO_CUSTOMER_AVERAGE, priorCount > 0 ? amount / Math.max(priorAmount / priorCount, 1.0) : 1.0);
            v.set(Feature.COUNTERPARTY_NEW_FOR_CUSTOMER, flag(r.has(Reading.COUNTERPARTY_FIRST_SEEN)
                    && r.get(Reading.COUNTERPARTY_FIRST_SEEN, -1) < 0));
        }
    }

    private static void travel(Event event, long t, LastSighting previous, FeatureVector v) {
        var device = event.device();
        if (previous == null || device == null || device.latitude() == null || device.longitude() == null) {
            return;
        }
        double km = haversineKm(previous.latitude(), previous.longitude(), device.latitude(), device.longitude());
        double hours = Math.max((t - previous.time()) / SECONDS_PER_HOUR, 1.0 / 60);
        v.set(Feature.DISTANCE_FROM_LAST_LOCATION_KM, Math.round(km));
        v.set(Feature.IMPOSSIBLE_TRAVEL, flag(km > IMPOSSIBLE_MIN_DISTANCE_KM && km / hours > IMPOSSIBLE_SPEED_KMH));
    }

    static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }

    private static double hoursSince(long t, long at) {
        if (at < 0 || at > t) {
            return Feature.NEVER_HOURS;
        }
        return Math.min(Feature.NEVER_HOURS, Math.round((t - at) / SECONDS_PER_HOUR * 100) / 100.0);
    }

    private static double ageDays(long t, long firstSeen) {
        return firstSeen < 0 || firstSeen > t ? 0 : Math.floor((t - firstSeen) / SECONDS_PER_DAY);
    }

    private static double flag(boolean b) {
        return b ? 1.0 : 0.0;
    }
}
