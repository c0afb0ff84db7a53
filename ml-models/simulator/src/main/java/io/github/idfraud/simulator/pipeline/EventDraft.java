package io.github.idfraud.simulator.pipeline;

import io.github.idfraud.contract.ContactChange;
import io.github.idfraud.contract.Device;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventType;
import io.github.idfraud.contract.Identity;
import io.github.idfraud.contract.Login;
import io.github.idfraud.contract.Payee;
import io.github.idfraud.contract.Profile;
import io.github.idfraud.contract.Transaction;
import io.github.idfraud.simulator.Scenario;
import io.github.idfraud.simulator.label.LabelPlan;
import io.github.idfraud.simulator.world.Account;
import java.time.Instant;
import java.util.List;

/**
 * An event waiting for its turn. It has everything but the id, which is given in output order so that ids
 * count up through the log. {@code seq} breaks ties between drafts of the same second within one generator.
 */
public final class EventDraft {

    final long time;
    final Scenario scenario;
    final EventType type;
    final Account account;
    long seq;
    Identity identity;
    Device device;
    Login login;
    ContactChange contactChange;
    Payee payee;
    Transaction transaction;
    Profile profile;
    LabelPlan label;
    /** The e-mail addresses and phone numbers in this event that a fraudster controls (ground truth, never sent). */
    List<String> fraudsterContacts = List.of();
    /** A legitimate event a bank would look at twice; some of these get a LEGIT label when cleared. */
    boolean looksRisky;

    EventDraft(long time, EventType type, Scenario scenario, Account account) {
        this.time = time;
        this.type = type;
        this.scenario = scenario;
        this.account = account;
    }

    EventDraft device(Device value) {
        device = value;
        return this;
    }

    EventDraft identity(Identity value) {
        identity = value;
        return this;
    }

    EventDraft login(Login value) {
        login = value;
        return this;
    }

    EventDraft contactChange(ContactChange value) {
        contactChange = value;
        return this;
    }

    EventDraft payee(Payee value) {
        payee = value;
        return this;
    }

    EventDraft transaction(Transaction value) {
        transaction = value;
        return this;
    }

    EventDraft profile(Profile value) {
        profile = value;
        return this;
    }

    /** Marks contact details in this event as a fraudster's: {@code SimulationSummary} lists every one written. */
    public EventDraft controlledByFraudster(String... contacts) {
        fraudsterContacts = List.of(contacts);
        return this;
    }

    public EventDraft looksRisky(boolean value) {
        looksRisky = value;
        return this;
    }

    public EventDraft label(LabelPlan value) {
        label = value;
        return this;
    }

    public long time() {
        return time;
    }

    public String tenant() {
        return account.tenant();
    }

    public Account account() {
        return account;
    }

    public Scenario scenario() {
        return scenario;
    }

    public EventType type() {
        return type;
    }

    public Identity identity() {
        return identity;
    }

    public ContactChange contactChange() {
        return contactChange;
    }

    public Transaction transaction() {
        return transaction;
    }

    /** See {@link #controlledByFraudster}; empty for most events. */
    public List<String> fraudsterContacts() {
        return fraudsterContacts;
    }

    public boolean looksRisky() {
        return looksRisky;
    }

    /** The label this event will get, or null. */
    public LabelPlan label() {
        return label;
    }

    /** Sets the tie-breaker between drafts of the same second from one source. */
    public EventDraft seq(long value) {
        seq = value;
        return this;
    }

    public Event toEvent(String eventId) {
        return new Event(eventId, type, Instant.ofEpochSecond(time), account.customerId(), account.accountId(), identity,
                device, login, contactChange, payee, transaction, profile);
    }

    static int compare(EventDraft a, EventDraft b) {
        int byTime = Long.compare(a.time, b.time);
        return byTime != 0 ? byTime : Long.compare(a.seq, b.seq);
    }
}
