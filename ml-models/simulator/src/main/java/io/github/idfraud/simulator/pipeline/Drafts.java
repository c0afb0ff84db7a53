package io.github.idfraud.simulator.pipeline;

import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.ContactChange;
import io.github.idfraud.contract.ContactField;
import io.github.idfraud.contract.Device;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.Identity;
import io.github.idfraud.contract.Login;
import io.github.idfraud.contract.LoginMethod;
import io.github.idfraud.contract.Payee;
import io.github.idfraud.contract.Profile;
import io.github.idfraud.contract.Transaction;
import io.github.idfraud.contract.TransactionOutcome;
import io.github.idfraud.simulator.Scenario;
import io.github.idfraud.simulator.world.Account;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One factory method per event type, so legitimate and fraud generators build events the same way. */
public final class Drafts {

    static final String CURRENCY = "GBP";
    private static final Login[] OK = new Login[LoginMethod.values().length];
    private static final Login[] FAILED = new Login[LoginMethod.values().length];

    static {
        for (LoginMethod method : LoginMethod.values()) {
            OK[method.ordinal()] = new Login(true, method);
            FAILED[method.ordinal()] = new Login(false, method);
        }
    }

    private Drafts() {
    }

    public static EventDraft opening(long t, Account account, Identity identity, Device device, Scenario scenario) {
        return new EventDraft(t, EventType.ACCOUNT_OPENING, scenario, account).identity(identity).device(device);
    }

    public static EventDraft login(long t, Account account, Device device, boolean success, LoginMethod method, Scenario scenario) {
        Login login = success ? OK[method.ordinal()] : FAILED[method.ordinal()];
        return new EventDraft(t, EventType.LOGIN, scenario, account).device(device).login(login);
    }

    public static EventDraft passwordReset(long t, Account account, Device device, Scenario scenario) {
        return new EventDraft(t, EventType.PASSWORD_RESET, scenario, account).device(device);
    }

    public static EventDraft contactChange(long t, Account account, Device device, ContactField field, String oldValue,
                                    String newValue, Scenario scenario) {
        return new EventDraft(t, EventType.CONTACT_CHANGE, scenario, account).device(device)
                .contactChange(new ContactChange(field, oldValue, newValue));
    }

    public static EventDraft payeeAdded(long t, Account account, Device device, Payee payee, Scenario scenario) {
        return new EventDraft(t, EventType.PAYEE_ADDED, scenario, account).device(device).payee(payee);
    }

    public static EventDraft payment(long t, Account account, Device device, double amount, Channel channel,
                              String counterparty, String category, Scenario scenario) {
        String card = channel == Channel.TRANSFER ? null : cardOf(account);
        Transaction tx = new Transaction(money(amount), CURRENCY, channel, counterparty, category, card, null);
        return new EventDraft(t, EventType.TRANSACTION, scenario, account).device(device).transaction(tx);
    }

    /**
     * The bank's verified contact details for the account's customer: {@code identity} holds the national ID, first
     * name, e-mail and phone it confirmed. No device: the bank sends it on its own, not from a session.
     */
    public static EventDraft profileVerified(long t, Account account, Identity identity, LocalDate customerSince,
                                             Scenario scenario) {
        return new EventDraft(t, EventType.PROFILE_VERIFIED, scenario, account).identity(identity)
                .profile(new Profile(customerSince));
    }

    /** The same payment, reported by the bank as declined at authorisation. */
    public static EventDraft declined(EventDraft payment) {
        Transaction tx = payment.transaction;
        payment.transaction = new Transaction(tx.amount(), tx.currency(), tx.channel(), tx.counterpartyId(),
                tx.merchantCategory(), tx.cardId(), TransactionOutcome.DECLINED);
        return payment;
    }

    /** The bank's token for the account's card (one card per account here), never a card number. */
    static String cardOf(Account account) {
        return "card-" + account.accountId();
    }

    /** Pence precision, at least 0.50. */
    static BigDecimal money(double amount) {
        return BigDecimal.valueOf(Math.max(50, Math.round(amount * 100)), 2);
    }
}
