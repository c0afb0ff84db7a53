package io.github.idfraud.features;

import static io.github.idfraud.features.IdentifierKind.ADDRESS;
import static io.github.idfraud.features.IdentifierKind.COUNTERPARTY;
import static io.github.idfraud.features.IdentifierKind.CUSTOMER;
import static io.github.idfraud.features.IdentifierKind.DEVICE;
import static io.github.idfraud.features.IdentifierKind.EMAIL;
import static io.github.idfraud.features.IdentifierKind.IP;
import static io.github.idfraud.features.IdentifierKind.NATIONAL_ID;
import static io.github.idfraud.features.IdentifierKind.PHONE;

import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventType;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides, per identifier, what an event adds to its windows and what it reads back. Reads that must not see the
 * event itself (recency, prior spending) come before the writes in the same script.
 */
final class ScriptPlanner {

    // Metric letters inside an identifier's hash.
    static final char APPLICATIONS = 'A';
    static final char EVENTS = 'E';
    static final char FAILED_LOGINS = 'X';
    static final char TRANSACTIONS = 'T';
    static final char AMOUNT_CENTS = 'M';
    // Link letters for HyperLogLogs of linked identifiers.
    static final char LINK_TENANT = 't';

    // Time fields in the customer's hash.
    static final String NEW_DEVICE_AT = "_nd";
    static final String PASSWORD_RESET_AT = "_pr";
    static final String CONTACT_CHANGE_AT = "_cc";
    static final String PAYEE_ADDED_AT = "_pa";
    static final String FAILED_STREAK = "_fs";

    // Names of readings the deriver turns into features.
    static final String R_NEW_DEVICE_AT = "newDeviceAt";
    static final String R_DEVICE_FIRST_SEEN = "deviceFirstSeen";
    static final String R_RESET_AT = "resetAt";
    static final String R_CONTACT_AT = "contactAt";
    static final String R_PAYEE_AT = "payeeAt";
    static final String R_STREAK = "streak";
    static final String R_PREVIOUS_POSITION = "previousPosition";
    static final String R_PRIOR_AMOUNT_30D = "priorAmount30d";
    static final String R_AMOUNT_24H = "amount24h";
    static final String R_COUNTERPARTY_FIRST_SEEN = "counterpartyFirstSeen";
    static final String R_EMAIL_FIRST_SEEN = "emailFirstSeen";
    static final String R_PHONE_FIRST_SEEN = "phoneFirstSeen";

    private final EngineSettings settings;

    ScriptPlanner(EngineSettings settings) {
        this.settings = settings;
    }

    String keyOf(IdentifierKind kind, String pseudonym) {
        return settings.keyPrefix() + "{" + kind.code() + ":" + pseudonym + "}";
    }

    List<IdentifierScript> plan(String tenant, Event event, IdentityKeys ids) {
        List<IdentifierScript> scripts = new ArrayList<>(8);
        boolean opening = event.type() == EventType.ACCOUNT_OPENING;
        boolean failedLogin = event.type() == EventType.LOGIN && event.login() != null
                && Boolean.FALSE.equals(event.login().success());
        long labelWindow = settings.labelWindow().toSeconds();

        if (ids.has(NATIONAL_ID)) {
            var s = script(NATIONAL_ID, ids);
            if (opening) {
                s.count(APPLICATIONS, 1).link(LINK_TENANT, tenant);
            }
            s.sum(APPLICATIONS, Window.HOUR, Feature.NATIONAL_ID_APPLICATIONS_1H)
                    .sum(APPLICATIONS, Window.DAY, Feature.NATIONAL_ID_APPLICATIONS_24H)
                    .sum(APPLICATIONS, Window.WEEK, Feature.NATIONAL_ID_APPLICATIONS_7D)
                    .sum(APPLICATIONS, Window.MONTH, Feature.NATIONAL_ID_APPLICATIONS_30D)
                    .distinct(LINK_TENANT, 7, Feature.NATIONAL_ID_BANKS_7D);
            linkAndCount(s, ids, EMAIL, Feature.NATIONAL_ID_DISTINCT_EMAILS_30D);
            linkAndCount(s, ids, PHONE, Feature.NATIONAL_ID_DISTINCT_PHONES_30D);
            linkAndCount(s, ids, ADDRESS, Feature.NATIONAL_ID_DISTINCT_ADDRESSES_30D);
            linkAndCount(s, ids, DEVICE, Feature.NATIONAL_ID_DISTINCT_DEVICES_30D);
            scripts.add(s);
        }
        if (ids.has(EMAIL)) {
            var s = script(EMAIL, ids).firstSight("0", null, R_EMAIL_FIRST_SEEN);
            linkAndCount(s, ids, NATIONAL_ID, Feature.EMAIL_DISTINCT_NATIONAL_IDS_30D);
            scripts.add(s);
        }
        if (ids.has(PHONE)) {
            var s = script(PHONE, ids).firstSight("0", null, R_PHONE_FIRST_SEEN);
            linkAndCount(s, ids, NATIONAL_ID, Feature.PHONE_DISTINCT_NATIONAL_IDS_30D);
            scripts.add(s);
        }
        if (ids.has(ADDRESS)) {
            var s = script(ADDRESS, ids);
            linkAndCount(s, ids, NATIONAL_ID, Feature.ADDRESS_DISTINCT_NATIONAL_IDS_30D);
            s.labelsWithin(labelWindow, Feature.ADDRESS_FRAUD_LABELS_90D);
            scripts.add(s);
        }
        if (ids.has(DEVICE)) {
            var s = script(DEVICE, ids).count(EVENTS, 1)
                    .sum(EVENTS, Window.HOUR, Feature.DEVICE_EVENTS_1H)
                    .sum(EVENTS, Window.DAY, Feature.DEVICE_EVENTS_24H);
            if (failedLogin) {
                s.count(FAILED_LOGINS, 1);
            }
            s.sum(FAILED_LOGINS, Window.HOUR, Feature.DEVICE_FAILED_LOGINS_1H);
            if (ids.has(CUSTOMER)) {
                s.link(CUSTOMER.code().charAt(0), ids.get(CUSTOMER))
                        .distinct(CUSTOMER.code().charAt(0), 7, Feature.DEVICE_DISTINCT_CUSTOMERS_7D);
            }
            if (ids.has(NATIONAL_ID)) {
                s.link(NATIONAL_ID.code().charAt(0), ids.get(NATIONAL_ID))
                        .distinct(NATIONAL_ID.code().charAt(0), 30, Feature.DEVICE_DISTINCT_NATIONAL_IDS_30D);
            }
            s.labelsWithin(labelWindow, Feature.DEVICE_FRAUD_LABELS_90D);
            scripts.add(s);
        }
        if (ids.has(IP)) {
            var s = script(IP, ids).count(EVENTS, 1).sum(EVENTS, Window.HOUR, Feature.IP_EVENTS_1H);
            if (failedLogin) {
                s.count(FAILED_LOGINS, 1);
            }
            s.sum(FAILED_LOGINS, Window.HOUR, Feature.IP_FAILED_LOGINS_1H);
            if (ids.has(CUSTOMER)) {
                s.link(CUSTOMER.code().charAt(0), ids.get(CUSTOMER))
                        .distinct(CUSTOMER.code().charAt(0), 2, Feature.IP_DISTINCT_CUSTOMERS_2D);
            }
            scripts.add(s);
        }
        if (ids.has(CUSTOMER)) {
            scripts.add(customerScript(event, ids, failedLogin, labelWindow));
        }
        if (ids.has(COUNTERPARTY)) {
            var s = script(COUNTERPARTY, ids);
            if (event.type() == EventType.TRANSACTION) {
                s.count(EVENTS, 1);
            }
            s.sum(EVENTS, Window.DAY, Feature.COUNTERPARTY_EVENTS_24H);
            if (ids.has(CUSTOMER)) {
                s.link(CUSTOMER.code().charAt(0), ids.get(CUSTOMER))
                        .distinct(CUSTOMER.code().charAt(0), 7, Feature.COUNTERPARTY_DISTINCT_CUSTOMERS_7D);
            }
            s.labelsWithin(labelWindow, Feature.COUNTERPARTY_FRAUD_LABELS_90D);
            scripts.add(s);
        }
        return scripts;
    }

    private IdentifierScript customerScript(Event event, IdentityKeys ids, boolean failedLogin, long labelWindow) {
        var s = script(CUSTOMER, ids).count(EVENTS, 1)
                .sum(EVENTS, Window.HOUR, Feature.CUSTOMER_EVENTS_1H)
                .sum(EVENTS, Window.DAY, Feature.CUSTOMER_EVENTS_24H)
                .readTime(NEW_DEVICE_AT, R_NEW_DEVICE_AT)
                .readTime(PASSWORD_RESET_AT, R_RESET_AT)
                .readTime(CONTACT_CHANGE_AT, R_CONTACT_AT)
                .readTime(PAYEE_ADDED_AT, R_PAYEE_AT);
        if (ids.has(DEVICE)) {
            s.firstSight("d" + ids.get(DEVICE), NEW_DEVICE_AT, R_DEVICE_FIRST_SEEN);
        }
        switch (event.type()) {
            case PASSWORD_RESET -> s.touchTime(PASSWORD_RESET_AT);
            case CONTACT_CHANGE -> s.touchTime(CONTACT_CHANGE_AT);
            case PAYEE_ADDED -> s.touchTime(PAYEE_ADDED_AT);
            default -> { }
        }
        if (event.type() == EventType.LOGIN) {
            s.streak(FAILED_STREAK, failedLogin, R_STREAK);
        } else {
            s.readTime(FAILED_STREAK, R_STREAK);
        }
        var device = event.device();
        if (device != null && device.latitude() != null && device.longitude() != null) {
            s.position(device.latitude(), device.longitude(), R_PREVIOUS_POSITION);
        }
        if (event.type() == EventType.TRANSACTION) {
            long cents = event.transaction().amount().movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
            s.sum(TRANSACTIONS, Window.MONTH, Feature.CUSTOMER_TRANSACTIONS_30D)
                    .sum(AMOUNT_CENTS, Window.MONTH, R_PRIOR_AMOUNT_30D)
                    .count(TRANSACTIONS, 1)
                    .count(AMOUNT_CENTS, cents)
                    .sum(AMOUNT_CENTS, Window.DAY, R_AMOUNT_24H);
            if (ids.has(COUNTERPARTY)) {
                s.firstSight("q" + ids.get(COUNTERPARTY), null, R_COUNTERPARTY_FIRST_SEEN);
            }
        }
        return s.labelsWithin(labelWindow, Feature.CUSTOMER_FRAUD_LABELS_90D);
    }

    private static void linkAndCount(IdentifierScript s, IdentityKeys ids, IdentifierKind linked, Feature target) {
        char link = linked.code().charAt(0);
        if (ids.has(linked)) {
            s.link(link, ids.get(linked));
        }
        s.distinct(link, 30, target);
    }

    private IdentifierScript script(IdentifierKind kind, IdentityKeys ids) {
        return new IdentifierScript(keyOf(kind, ids.get(kind)));
    }
}
