package io.github.idfraud.rules;

import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.Event;
import java.time.ZoneOffset;

/**
 * The event fields rule conditions see as {@code event.<name>}: what an event says about itself, never personal
 * data. A missing block reads as "" / 0 / false, so conditions need no null checks. {@code merchantId} is the
 * counterparty of a card payment only (a business, the key SUPPRESS rules allow-list); a transfer's counterparty
 * may be a person and is never shown.
 */
public record EventFields(String type, double amount, String currency, String channel, String merchantCategory,
                          String merchantId, String payeeCountry, String addressCountry, boolean loginSuccess,
                          String loginMethod, String contactField, long hourUtc, boolean hasDevice) {

    /** The fields' names as conditions write them after {@code event.}, with their CEL types, in declaration order. */
    public enum Name {
        type(Kind.STRING, "event type: ACCOUNT_OPENING, LOGIN, PASSWORD_RESET, CONTACT_CHANGE, PAYEE_ADDED, TRANSACTION"),
        amount(Kind.DOUBLE, "transaction amount (0 when not a transaction)"),
        currency(Kind.STRING, "transaction currency, ISO 4217"),
        channel(Kind.STRING, "CARD_PRESENT, CARD_NOT_PRESENT, TRANSFER, ATM"),
        merchantCategory(Kind.STRING, "four-digit merchant category code"),
        merchantId(Kind.STRING, "counterparty of a card payment (a merchant); \"\" otherwise"),
        payeeCountry(Kind.STRING, "country of a payee being added, ISO 3166-1 alpha-2"),
        addressCountry(Kind.STRING, "country of the identity's address (account openings)"),
        loginSuccess(Kind.BOOL, "the login succeeded"),
        loginMethod(Kind.STRING, "PASSWORD, BIOMETRIC, ... as the bank sent it"),
        contactField(Kind.STRING, "EMAIL, PHONE or ADDRESS for a contact change"),
        hourUtc(Kind.INT, "hour of occurredAt, 0-23 UTC"),
        hasDevice(Kind.BOOL, "the event carries a device block");

        private final Kind kind;
        private final String meaning;

        Name(Kind kind, String meaning) {
            this.kind = kind;
            this.meaning = meaning;
        }

        public Kind kind() {
            return kind;
        }

        public String meaning() {
            return meaning;
        }
    }

    /** The CEL type of a field. */
    public enum Kind { STRING, DOUBLE, BOOL, INT }

    public static EventFields of(Event event) {
        var tx = event.transaction();
        boolean card = tx != null && (tx.channel() == Channel.CARD_PRESENT || tx.channel() == Channel.CARD_NOT_PRESENT);
        return new EventFields(
                event.type() == null ? "" : event.type().name(),
                tx == null || tx.amount() == null ? 0 : tx.amount().doubleValue(),
                tx == null ? "" : orEmpty(tx.currency()),
                tx == null || tx.channel() == null ? "" : tx.channel().name(),
                tx == null ? "" : orEmpty(tx.merchantCategory()),
                card ? orEmpty(tx.counterpartyId()) : "",
                event.payee() == null ? "" : orEmpty(event.payee().country()),
                event.identity() == null || event.identity().address() == null ? "" : orEmpty(event.identity().address().country()),
                event.login() != null && Boolean.TRUE.equals(event.login().success()),
                event.login() == null || event.login().method() == null ? "" : event.login().method().name(),
                event.contactChange() == null || event.contactChange().field() == null ? "" : event.contactChange().field().name(),
                event.occurredAt() == null ? 0 : event.occurredAt().atOffset(ZoneOffset.UTC).getHour(),
                event.device() != null);
    }

    /** The value of one field, typed as CEL expects it (double, String, Boolean, Long). */
    public Object value(Name name) {
        return switch (name) {
            case type -> type;
            case amount -> amount;
            case currency -> currency;
            case channel -> channel;
            case merchantCategory -> merchantCategory;
            case merchantId -> merchantId;
            case payeeCountry -> payeeCountry;
            case addressCountry -> addressCountry;
            case loginSuccess -> loginSuccess;
            case loginMethod -> loginMethod;
            case contactField -> contactField;
            case hourUtc -> hourUtc;
            case hasDevice -> hasDevice;
        };
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
