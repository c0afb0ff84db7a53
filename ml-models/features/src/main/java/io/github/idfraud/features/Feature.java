package io.github.idfraud.features;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Every model input, in schema order. The name is what the model's feature map holds; the meaning is shown in
 * model cards and, with the value filled in, as the plain description of a reason code.
 * Windows are on event time. "prior" means before this event; counts otherwise include it. Distinct counts are
 * exact up to {@value IdentifierState#LINK_CAP} and saturate there (ADR 0004); label counts up to
 * {@value IdentifierState#LABEL_CAP}.
 */
public enum Feature {
    TYPE_ACCOUNT_OPENING("event is an account opening (1/0)"),
    TYPE_LOGIN("event is a login (1/0)"),
    TYPE_PASSWORD_RESET("event is a password reset (1/0)"),
    TYPE_CONTACT_CHANGE("event is a contact-detail change (1/0)"),
    TYPE_PAYEE_ADDED("event adds a payee (1/0)"),
    TYPE_TRANSACTION("event is a transaction (1/0)"),
    AMOUNT_LOG("log(1 + transaction amount)"),
    CHANNEL_CARD_NOT_PRESENT("transaction is card-not-present (1/0)"),
    CHANNEL_TRANSFER("transaction is a transfer (1/0)"),
    CHANNEL_ATM("transaction is a cash withdrawal (1/0)"),
    LOGIN_FAILED("this login attempt failed (1/0)"),
    CONTACT_CHANGE_EMAIL("this change replaces the e-mail address (1/0)"),
    CONTACT_CHANGE_PHONE("this change replaces the phone number (1/0)"),

    NATIONAL_ID_APPLICATIONS_1H("{} account applications with this national ID in 1 hour, across all banks"),
    NATIONAL_ID_APPLICATIONS_24H("{} account applications with this national ID in 24 hours, across all banks"),
    NATIONAL_ID_APPLICATIONS_7D("{} account applications with this national ID in 7 days, across all banks"),
    NATIONAL_ID_APPLICATIONS_30D("{} account applications with this national ID in 30 days, across all banks"),
    NATIONAL_ID_BANKS_7D("this national ID applied at {} different banks in 7 days"),
    NATIONAL_ID_DISTINCT_EMAILS_30D("{} different e-mail addresses used with this national ID in 30 days"),
    NATIONAL_ID_DISTINCT_PHONES_30D("{} different phone numbers used with this national ID in 30 days"),
    NATIONAL_ID_DISTINCT_ADDRESSES_30D("{} different addresses used with this national ID in 30 days"),
    NATIONAL_ID_DISTINCT_DEVICES_30D("{} different devices used with this national ID in 30 days"),
    EMAIL_DISTINCT_NATIONAL_IDS_30D("this e-mail address was used with {} different national IDs in 30 days"),
    EMAIL_AGE_DAYS("this e-mail address was first seen {} days ago (0 = new)"),
    PHONE_DISTINCT_NATIONAL_IDS_30D("this phone number was used with {} different national IDs in 30 days"),
    PHONE_AGE_DAYS("this phone number was first seen {} days ago (0 = new)"),
    ADDRESS_DISTINCT_NATIONAL_IDS_30D("this address was used with {} different national IDs in 30 days"),
    ADDRESS_FRAUD_LABELS_90D("{} confirmed frauds linked to this address in 90 days"),

    DEVICE_EVENTS_1H("{} events from this device in 1 hour"),
    DEVICE_EVENTS_24H("{} events from this device in 24 hours"),
    DEVICE_DISTINCT_CUSTOMERS_7D("this device was used by {} different customers in 7 days"),
    DEVICE_DISTINCT_NATIONAL_IDS_30D("this device applied with {} different national IDs in 30 days"),
    DEVICE_FAILED_LOGINS_1H("{} failed logins from this device in 1 hour"),
    DEVICE_FRAUD_LABELS_90D("{} confirmed frauds linked to this device in 90 days"),
    IP_EVENTS_1H("{} events from this IP address in 1 hour"),
    IP_FAILED_LOGINS_1H("{} failed logins from this IP address in 1 hour"),
    IP_DISTINCT_CUSTOMERS_2D("{} different customers used this IP address in 2 days"),

    CUSTOMER_EVENTS_1H("{} events on this customer in 1 hour"),
    CUSTOMER_EVENTS_24H("{} events on this customer in 24 hours"),
    CUSTOMER_NEW_DEVICE("first time this device is seen for this customer (1/0)"),
    CUSTOMER_DEVICE_AGE_DAYS("this device was first seen for this customer {} days ago"),
    CUSTOMER_FAILED_LOGIN_STREAK("{} failed logins in a row on this customer"),
    HOURS_SINCE_NEW_DEVICE("a new device appeared on this customer {} hours earlier"),
    HOURS_SINCE_PASSWORD_RESET("the password was reset {} hours earlier"),
    HOURS_SINCE_CONTACT_CHANGE("contact details were changed {} hours earlier"),
    HOURS_SINCE_PAYEE_ADDED("a payee was added {} hours earlier"),
    TAKEOVER_CHAIN_STEPS_24H("{} of the account-takeover steps (new device, credential change, new payee) in 24 hours"),
    DISTANCE_FROM_LAST_LOCATION_KM("{} km from this customer's previous location"),
    IMPOSSIBLE_TRAVEL("travel from the previous location would need over 900 km/h (1/0)"),
    CUSTOMER_TRANSACTIONS_30D("{} earlier transactions on this customer in 30 days"),
    CUSTOMER_AMOUNT_24H("{} spent on this customer in 24 hours including this payment"),
    AMOUNT_TO_CUSTOMER_AVERAGE("amount is {} times this customer's 30-day average"),
    COUNTERPARTY_NEW_FOR_CUSTOMER("first payment from this customer to this counterparty (1/0)"),
    CUSTOMER_FRAUD_LABELS_90D("{} confirmed frauds on this customer in 90 days"),

    COUNTERPARTY_EVENTS_24H("{} payments to this counterparty in 24 hours"),
    COUNTERPARTY_DISTINCT_CUSTOMERS_7D("{} different customers paid this counterparty in 7 days"),
    COUNTERPARTY_FRAUD_LABELS_90D("{} confirmed frauds linked to this counterparty in 90 days"),

    // The customer's own baseline. "Typical" amounts are weighted medians of a log-amount histogram that forgets with
    // a time constant of 30 or 90 days (AmountProfile); with too little history the ratio is 1 and the deviation 0.
    AMOUNT_TO_CUSTOMER_MEDIAN_30D("amount is {} times this customer's typical amount (30-day memory)"),
    AMOUNT_TO_CUSTOMER_MEDIAN_90D("amount is {} times this customer's typical amount (90-day memory)"),
    AMOUNT_DEVIATION_30D("amount is {} spreads away from this customer's typical amount (log scale, 30-day memory)"),
    AMOUNT_DEVIATION_90D("amount is {} spreads away from this customer's typical amount (log scale, 90-day memory)"),
    CUSTOMER_NEW_MERCHANT_CATEGORY("first payment by this customer in this merchant category (1/0)"),
    HOUR_UNUSUAL_FOR_CUSTOMER("{} of this customer's earlier events were at other times of day (share; 0 under 5 earlier events)"),
    FIRST_PAYMENT_TO_NEW_PAYEE_7D("first payment to a payee added in the last 7 days (1/0)"),

    // Slow chains: the same marks as the HOURS_SINCE_ features, read over 90 days.
    DAYS_SINCE_NEW_DEVICE("a new device appeared on this customer {} days earlier"),
    DAYS_SINCE_PASSWORD_RESET("the password was reset {} days earlier"),
    DAYS_SINCE_CONTACT_CHANGE("contact details were changed {} days earlier"),
    DAYS_SINCE_PAYEE_ADDED("a payee was added {} days earlier"),
    RISK_STEPS_3D("{} different risk steps (new device, password reset, contact change, new payee) in 3 days"),
    RISK_STEPS_7D("{} different risk steps (new device, password reset, contact change, new payee) in 7 days"),
    RISK_STEPS_14D("{} different risk steps (new device, password reset, contact change, new payee) in 14 days"),
    NEW_DEVICE_THEN_MONEY_14D("payment within 14 days of a device new to this established customer (1/0)"),

    // Card testing: "small" is at most 5 and "large" at least 100 in the event's currency (CardTesting); 10 minutes is
    // the current 10-minute bucket, 1 hour the last six. CARD_ features need the optional transaction.cardId.
    CARD_SMALL_AMOUNTS_10M("{} payments of 5 or less with this card in 10 minutes"),
    CARD_SMALL_AMOUNTS_1H("{} payments of 5 or less with this card in 1 hour"),
    CARD_SMALL_AMOUNT_MERCHANTS_10M("payments of 5 or less with this card at {} different merchants in 10 minutes"),
    CARD_SMALL_AMOUNT_MERCHANTS_1H("payments of 5 or less with this card at {} different merchants in 1 hour"),
    CUSTOMER_SMALL_AMOUNTS_10M("{} payments of 5 or less on this customer in 10 minutes"),
    CUSTOMER_SMALL_AMOUNTS_1H("{} payments of 5 or less on this customer in 1 hour"),
    CUSTOMER_SMALL_AMOUNT_MERCHANTS_10M("payments of 5 or less on this customer at {} different merchants in 10 minutes"),
    CUSTOMER_SMALL_AMOUNT_MERCHANTS_1H("payments of 5 or less on this customer at {} different merchants in 1 hour"),
    DEVICE_SMALL_AMOUNTS_10M("{} payments of 5 or less from this device in 10 minutes"),
    DEVICE_SMALL_AMOUNTS_1H("{} payments of 5 or less from this device in 1 hour"),
    DEVICE_SMALL_AMOUNT_MERCHANTS_10M("payments of 5 or less from this device at {} different merchants in 10 minutes"),
    DEVICE_SMALL_AMOUNT_MERCHANTS_1H("payments of 5 or less from this device at {} different merchants in 1 hour"),
    CUSTOMER_DECLINES_1H("{} declined payments on this customer in 1 hour (needs the optional transaction.outcome)"),
    PROBES_BEFORE_LARGE_AMOUNT_1H("{} small or declined payments in the hour before this payment of 100 or more"),

    // Counterparty fraud rates: labels count from their reportedAt only; payments include this one; capped at 1.
    COUNTERPARTY_FRAUD_RATE_7D("{} of this counterparty's payments in 7 days were reported as fraud in that time (share)"),
    COUNTERPARTY_FRAUD_RATE_30D("{} of this counterparty's payments in 30 days were reported as fraud in that time (share)"),

    // Money moved on through a payee account: the account is the same at every bank (PAYEE_ACCOUNT, consortium), so a
    // mule's account paid by victims of several banks adds up; the customer feature catches the mule's own side.
    PAYEE_ACCOUNT_DISTINCT_CUSTOMERS_7D("{} different customers added or paid this payee account in 7 days, across all banks"),
    PAYEE_ACCOUNT_AGE_DAYS("this payee account was first seen {} days ago, across all banks (0 = new)"),
    PAYEE_ACCOUNT_FRAUD_LABELS_90D("{} confirmed frauds linked to this payee account in 90 days, across all banks"),
    CUSTOMER_NEW_PAYEE_TRANSFERS_24H("{} transfers in 24 hours from this customer to payees added in the 7 days before each");

    /** Value of the recency features when the thing never happened (30 days, the longest window). */
    public static final double NEVER_HOURS = 720.0;
    /** Value of the day-recency features when the thing did not happen within 90 days. */
    public static final double NEVER_DAYS = 90.0;

    private final String meaning;
    /** Named once: the reasons of every answer name their features. */
    private final String featureName;

    Feature(String meaning) {
        this.meaning = meaning;
        this.featureName = name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the value is counted over an identifier every bank shares (national ID, e-mail, phone, address, device,
     * IP, payee account), so it mixes other banks' events in: such values may score an event but must not be shown
     * to a bank as they are (a bank could read other banks' activity back).
     */
    public boolean crossBank() {
        return CrossBank.FEATURES.contains(this);
    }

    /** Worked out once: reasons and explanations ask for every feature of every answer. */
    private static final class CrossBank {
        static final Set<Feature> FEATURES = EnumSet.noneOf(Feature.class);

        static {
            for (Feature feature : values()) {
                for (IdentifierKind kind : IdentifierKind.values()) {
                    if (!kind.tenantScoped() && feature.name().startsWith(kind.name() + "_")) {
                        FEATURES.add(feature);
                    }
                }
            }
        }
    }

    /** The name in the model's feature map, e.g. {@code national_id_applications_24h}. */
    public String featureName() {
        return featureName;
    }

    /** Stable reason code, e.g. {@code NATIONAL_ID_APPLICATIONS_24H}. */
    public String reasonCode() {
        return name();
    }

    /** One-line meaning with {} where the value goes. */
    public String meaning() {
        return meaning;
    }

    /** The meaning with the value filled in, for a reason's description. */
    public String describe(double value) {
        if (name().startsWith("HOURS_SINCE_") && value < 1) {
            return meaning.replace("{} hours", Math.round(value * 60) + " minutes");
        }
        String shown = value == Math.rint(value) ? Long.toString((long) value) : oneDecimal(value);
        return meaning.contains("{}") ? meaning.replace("{}", shown) : meaning;
    }

    /**
     * As {@code "%.1f"} rounds (half up on the shortest decimal form), without a {@code Formatter} per reason of
     * every answer; a small negative value reads "0.0", not "-0.0".
     */
    static String oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** The meaning with {@code shownValue} (a band, such as "5 or more") where the value goes. */
    public String describeAs(String shownValue) {
        return meaning.replace("{}", shownValue);
    }

    /**
     * Whether the value says something happened (a count above zero, a flag set, a recent time), so that it can be
     * shown as a reason; "0 frauds" or "never" may move a score but make a poor explanation.
     */
    public boolean isInformative(double value) {
        if (name().startsWith("HOURS_SINCE_")) {
            return value < NEVER_HOURS;
        }
        return name().startsWith("DAYS_SINCE_") ? value < NEVER_DAYS : value != 0;
    }
}
