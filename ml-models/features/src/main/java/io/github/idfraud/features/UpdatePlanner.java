package io.github.idfraud.features;

import static io.github.idfraud.features.IdentifierKind.ADDRESS;
import static io.github.idfraud.features.IdentifierKind.CARD;
import static io.github.idfraud.features.IdentifierKind.COUNTERPARTY;
import static io.github.idfraud.features.IdentifierKind.CUSTOMER;
import static io.github.idfraud.features.IdentifierKind.DEVICE;
import static io.github.idfraud.features.IdentifierKind.EMAIL;
import static io.github.idfraud.features.IdentifierKind.IP;
import static io.github.idfraud.features.IdentifierKind.NATIONAL_ID;
import static io.github.idfraud.features.IdentifierKind.PAYEE_ACCOUNT;
import static io.github.idfraud.features.IdentifierKind.PHONE;

import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.contract.Transaction;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides, per identifier, what an event adds to its windows and what it reads back. Reads that must not see the
 * event itself (recency, prior spending) come before the writes in the same plan.
 */
final class UpdatePlanner {

    /** A card's value holds only its last hours (small payments, their merchants): it need not live for weeks. */
    static final Duration CARD_LIFETIME = Duration.ofDays(1);
    private static final long DAY = 86400;
    /** A payee counts as new for {@link Metric#NEW_PAYEE_TRANSFERS} this long after it was added. */
    private static final long NEW_PAYEE_DAYS = 7;

    private final EngineSettings settings;
    private final String keyId;
    /** The retiring pseudonymisation key's id during a rotation window, else null. */
    private final String previousKeyId;

    UpdatePlanner(EngineSettings settings, Pseudonymiser pseudonymiser) {
        this.settings = settings;
        this.keyId = pseudonymiser.keyId();
        this.previousKeyId = pseudonymiser.previous() == null ? null : pseudonymiser.previous().keyId();
    }

    /** One Redis value per identifier ({@link StateKeys}). */
    String keyOf(IdentifierKind kind, String pseudonym) {
        return StateKeys.of(settings.keyPrefix(), kind, pseudonym, keyId);
    }

    /** The value's key of a retiring key's pseudonym during a rotation window. */
    String formerKeyOf(IdentifierKind kind, String formerPseudonym) {
        return StateKeys.of(settings.keyPrefix(), kind, formerPseudonym, previousKeyId);
    }

    List<IdentifierPlan> plan(String tenant, Event event, IdentityKeys ids) {
        List<IdentifierPlan> plans = new ArrayList<>(8);
        boolean opening = event.type() == EventType.ACCOUNT_OPENING;
        boolean failedLogin = event.type() == EventType.LOGIN && event.login() != null
                && Boolean.FALSE.equals(event.login().success());
        long labelWindow = settings.labelWindow().toSeconds();

        if (ids.has(NATIONAL_ID)) {
            var s = plan(NATIONAL_ID, ids);
            if (opening) {
                s.count(Metric.APPLICATIONS, 1).link(Link.TENANT, tenant);
            }
            s.sum(Metric.APPLICATIONS, Window.HOUR, Feature.NATIONAL_ID_APPLICATIONS_1H)
                    .sum(Metric.APPLICATIONS, Window.DAY, Feature.NATIONAL_ID_APPLICATIONS_24H)
                    .sum(Metric.APPLICATIONS, Window.WEEK, Feature.NATIONAL_ID_APPLICATIONS_7D)
                    .sum(Metric.APPLICATIONS, Window.MONTH, Feature.NATIONAL_ID_APPLICATIONS_30D)
                    .distinct(Link.TENANT, 7, Feature.NATIONAL_ID_BANKS_7D);
            linkAndCount(s, ids, EMAIL, Feature.NATIONAL_ID_DISTINCT_EMAILS_30D);
            linkAndCount(s, ids, PHONE, Feature.NATIONAL_ID_DISTINCT_PHONES_30D);
            linkAndCount(s, ids, ADDRESS, Feature.NATIONAL_ID_DISTINCT_ADDRESSES_30D);
            linkAndCount(s, ids, DEVICE, Feature.NATIONAL_ID_DISTINCT_DEVICES_30D);
            plans.add(s);
        }
        if (ids.has(EMAIL)) {
            var s = plan(EMAIL, ids).firstSight("self", null, Reading.EMAIL_FIRST_SEEN);
            linkAndCount(s, ids, NATIONAL_ID, Feature.EMAIL_DISTINCT_NATIONAL_IDS_30D);
            plans.add(s);
        }
        if (ids.has(PHONE)) {
            var s = plan(PHONE, ids).firstSight("self", null, Reading.PHONE_FIRST_SEEN);
            linkAndCount(s, ids, NATIONAL_ID, Feature.PHONE_DISTINCT_NATIONAL_IDS_30D);
            plans.add(s);
        }
        if (ids.has(ADDRESS)) {
            var s = plan(ADDRESS, ids);
            linkAndCount(s, ids, NATIONAL_ID, Feature.ADDRESS_DISTINCT_NATIONAL_IDS_30D);
            s.labelsWithin(labelWindow, Feature.ADDRESS_FRAUD_LABELS_90D);
            plans.add(s);
        }
        if (ids.has(DEVICE)) {
            var s = plan(DEVICE, ids).count(Metric.EVENTS, 1)
                    .sum(Metric.EVENTS, Window.HOUR, Feature.DEVICE_EVENTS_1H)
                    .sum(Metric.EVENTS, Window.DAY, Feature.DEVICE_EVENTS_24H);
            if (failedLogin) {
                s.count(Metric.FAILED_LOGINS, 1);
            }
            s.sum(Metric.FAILED_LOGINS, Window.HOUR, Feature.DEVICE_FAILED_LOGINS_1H);
            smallAmounts(s, event, ids, Feature.DEVICE_SMALL_AMOUNTS_10M, Feature.DEVICE_SMALL_AMOUNTS_1H,
                    Feature.DEVICE_SMALL_AMOUNT_MERCHANTS_10M, Feature.DEVICE_SMALL_AMOUNT_MERCHANTS_1H);
            if (ids.has(CUSTOMER)) {
                s.link(Link.CUSTOMER, ids.get(CUSTOMER))
                        .distinct(Link.CUSTOMER, 7, Feature.DEVICE_DISTINCT_CUSTOMERS_7D);
            }
            if (ids.has(NATIONAL_ID)) {
                s.link(Link.NATIONAL_ID, ids.get(NATIONAL_ID))
                        .distinct(Link.NATIONAL_ID, 30, Feature.DEVICE_DISTINCT_NATIONAL_IDS_30D);
            }
            s.labelsWithin(labelWindow, Feature.DEVICE_FRAUD_LABELS_90D);
            plans.add(s);
        }
        if (ids.has(IP)) {
            var s = plan(IP, ids).count(Metric.EVENTS, 1).sum(Metric.EVENTS, Window.HOUR, Feature.IP_EVENTS_1H);
            if (failedLogin) {
                s.count(Metric.FAILED_LOGINS, 1);
            }
            s.sum(Metric.FAILED_LOGINS, Window.HOUR, Feature.IP_FAILED_LOGINS_1H);
            if (ids.has(CUSTOMER)) {
                s.link(Link.CUSTOMER, ids.get(CUSTOMER))
                        .distinct(Link.CUSTOMER, 2, Feature.IP_DISTINCT_CUSTOMERS_2D);
            }
            plans.add(s);
        }
        if (ids.has(CUSTOMER)) {
            plans.add(customerPlan(event, ids, failedLogin, labelWindow));
        }
        if (ids.has(CARD)) {
            var s = plan(CARD, ids).lifetime(CARD_LIFETIME);
            smallAmounts(s, event, ids, Feature.CARD_SMALL_AMOUNTS_10M, Feature.CARD_SMALL_AMOUNTS_1H,
                    Feature.CARD_SMALL_AMOUNT_MERCHANTS_10M, Feature.CARD_SMALL_AMOUNT_MERCHANTS_1H);
            plans.add(s);
        }
        if (ids.has(COUNTERPARTY)) {
            var s = plan(COUNTERPARTY, ids);
            if (event.type() == EventType.TRANSACTION) {
                s.count(Metric.EVENTS, 1).count(Metric.TRANSACTIONS, 1);
            }
            s.sum(Metric.EVENTS, Window.DAY, Feature.COUNTERPARTY_EVENTS_24H)
                    .sum(Metric.TRANSACTIONS, Window.WEEK, Reading.COUNTERPARTY_PAYMENTS_7D)
                    .sum(Metric.TRANSACTIONS, Window.MONTH, Reading.COUNTERPARTY_PAYMENTS_30D)
                    .labelsWithin(7 * DAY, Reading.COUNTERPARTY_LABELS_7D)
                    .labelsWithin(30 * DAY, Reading.COUNTERPARTY_LABELS_30D);
            if (ids.has(CUSTOMER)) {
                s.link(Link.CUSTOMER, ids.get(CUSTOMER))
                        .distinct(Link.CUSTOMER, 7, Feature.COUNTERPARTY_DISTINCT_CUSTOMERS_7D);
            }
            s.labelsWithin(labelWindow, Feature.COUNTERPARTY_FRAUD_LABELS_90D);
            plans.add(s);
        }
        if (ids.has(PAYEE_ACCOUNT)) {
            var s = plan(PAYEE_ACCOUNT, ids).firstSight("self", null, Reading.PAYEE_ACCOUNT_FIRST_SEEN);
            if (ids.has(CUSTOMER)) {
                s.link(Link.CUSTOMER, ids.get(CUSTOMER))
                        .distinct(Link.CUSTOMER, 7, Feature.PAYEE_ACCOUNT_DISTINCT_CUSTOMERS_7D);
            }
            s.labelsWithin(labelWindow, Feature.PAYEE_ACCOUNT_FRAUD_LABELS_90D);
            plans.add(s);
        }
        return plans;
    }

    private IdentifierPlan customerPlan(Event event, IdentityKeys ids, boolean failedLogin, long labelWindow) {
        var s = plan(CUSTOMER, ids).count(Metric.EVENTS, 1)
                .sum(Metric.EVENTS, Window.HOUR, Feature.CUSTOMER_EVENTS_1H)
                .sum(Metric.EVENTS, Window.DAY, Feature.CUSTOMER_EVENTS_24H)
                .readMark(Mark.NEW_DEVICE_AT, Reading.NEW_DEVICE_AT)
                .readMark(Mark.PASSWORD_RESET_AT, Reading.PASSWORD_RESET_AT)
                .readMark(Mark.CONTACT_CHANGE_AT, Reading.CONTACT_CHANGE_AT)
                .readMark(Mark.PAYEE_ADDED_AT, Reading.PAYEE_ADDED_AT)
                .earliestSighting(Reading.CUSTOMER_FIRST_SEEN)
                .hourOfDay(Reading.HOUR_EVENTS_AROUND, Reading.HOUR_EVENTS_TOTAL);
        if (ids.has(DEVICE)) {
            s.firstSight("d" + ids.get(DEVICE), Mark.NEW_DEVICE_AT, Reading.DEVICE_FIRST_SEEN);
        }
        switch (event.type()) {
            case PASSWORD_RESET -> s.touch(Mark.PASSWORD_RESET_AT);
            case CONTACT_CHANGE -> s.touch(Mark.CONTACT_CHANGE_AT);
            case PAYEE_ADDED -> {
                s.touch(Mark.PAYEE_ADDED_AT);
                if (ids.has(COUNTERPARTY)) {
                    s.sight("p" + ids.get(COUNTERPARTY));
                }
            }
            default -> { }
        }
        if (event.type() == EventType.LOGIN) {
            s.streak(Mark.FAILED_LOGIN_STREAK, failedLogin, Reading.FAILED_LOGIN_STREAK);
        } else {
            s.readMark(Mark.FAILED_LOGIN_STREAK, Reading.FAILED_LOGIN_STREAK);
        }
        var device = event.device();
        if (device != null && device.latitude() != null && device.longitude() != null) {
            s.position(device.latitude(), device.longitude());
        }
        if (event.type() == EventType.TRANSACTION) {
            Transaction tx = event.transaction();
            long cents = tx.amount().movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
            s.sum(Metric.TRANSACTIONS, Window.MONTH, Feature.CUSTOMER_TRANSACTIONS_30D)
                    .sum(Metric.AMOUNT_CENTS, Window.MONTH, Reading.PRIOR_AMOUNT_CENTS_30D)
                    .sum(Metric.SMALL_AMOUNTS, Window.HOUR, Reading.PRIOR_SMALL_AMOUNTS_1H)
                    .sum(Metric.DECLINES, Window.HOUR, Reading.PRIOR_DECLINES_1H)
                    .count(Metric.TRANSACTIONS, 1)
                    .count(Metric.AMOUNT_CENTS, cents)
                    .sum(Metric.AMOUNT_CENTS, Window.DAY, Reading.AMOUNT_CENTS_24H)
                    .amount(tx.amount().doubleValue());
            if (tx.declined()) {
                s.count(Metric.DECLINES, 1);
            }
            if (ids.has(COUNTERPARTY)) {
                s.firstSight("q" + ids.get(COUNTERPARTY), null, Reading.COUNTERPARTY_FIRST_SEEN)
                        .sightedAt("p" + ids.get(COUNTERPARTY), Reading.PAYEE_ADDED_FOR_COUNTERPARTY);
                if (ids.has(PAYEE_ACCOUNT)) {
                    s.countIfSightedWithin("p" + ids.get(COUNTERPARTY), NEW_PAYEE_DAYS * DAY, Metric.NEW_PAYEE_TRANSFERS);
                }
            }
            int category = categoryCode(tx.merchantCategory());
            if (category >= 0) {
                s.category(category, Reading.NEW_MERCHANT_CATEGORY);
            }
        }
        s.sum(Metric.NEW_PAYEE_TRANSFERS, Window.DAY, Feature.CUSTOMER_NEW_PAYEE_TRANSFERS_24H);
        smallAmounts(s, event, ids, Feature.CUSTOMER_SMALL_AMOUNTS_10M, Feature.CUSTOMER_SMALL_AMOUNTS_1H,
                Feature.CUSTOMER_SMALL_AMOUNT_MERCHANTS_10M, Feature.CUSTOMER_SMALL_AMOUNT_MERCHANTS_1H);
        s.sum(Metric.DECLINES, Window.HOUR, Feature.CUSTOMER_DECLINES_1H);
        return s.labelsWithin(labelWindow, Feature.CUSTOMER_FRAUD_LABELS_90D);
    }

    /** The four-digit merchant category code as a number, or -1 when absent or malformed (imports are not validated). */
    private static int categoryCode(String mcc) {
        if (mcc == null || mcc.length() != 4) {
            return -1;
        }
        for (int i = 0; i < 4; i++) {
            if (mcc.charAt(i) < '0' || mcc.charAt(i) > '9') {
                return -1;
            }
        }
        return Integer.parseInt(mcc);
    }

    /** Counts a small payment and its merchant on the identifier, then reads the card-testing windows. */
    private static void smallAmounts(IdentifierPlan s, Event event, IdentityKeys ids, Feature count10m, Feature count1h,
                                     Feature merchants10m, Feature merchants1h) {
        Transaction tx = event.type() == EventType.TRANSACTION ? event.transaction() : null;
        if (tx != null && CardTesting.isSmall(tx)) {
            s.count(Metric.SMALL_AMOUNTS, 1);
            if (ids.has(COUNTERPARTY)) {
                s.link(Link.SMALL_AMOUNT_MERCHANT, ids.get(COUNTERPARTY));
            }
        }
        s.sum(Metric.SMALL_AMOUNTS, Window.TEN_MINUTES, count10m)
                .sum(Metric.SMALL_AMOUNTS, Window.HOUR, count1h)
                .distinct(Link.SMALL_AMOUNT_MERCHANT, Window.TEN_MINUTES, merchants10m)
                .distinct(Link.SMALL_AMOUNT_MERCHANT, Window.HOUR, merchants1h);
    }

    private static void linkAndCount(IdentifierPlan s, IdentityKeys ids, IdentifierKind linked, Feature target) {
        Link link = Link.of(linked);
        if (ids.has(linked)) {
            s.link(link, ids.get(linked));
        }
        s.distinct(link, 30, target);
    }

    private IdentifierPlan plan(IdentifierKind kind, IdentityKeys ids) {
        String key = keyOf(kind, ids.get(kind));
        String former = ids.former(kind);
        if (former == null || previousKeyId == null) {
            return new IdentifierPlan(key);
        }
        // the retiring key's value (values named before key ids were string keys, not read since ADR 0015)
        String formerKey = StateKeys.of(settings.keyPrefix(), kind, former, previousKeyId);
        return formerKey.equals(key) ? new IdentifierPlan(key) : new IdentifierPlan(key, List.of(formerKey));
    }
}
