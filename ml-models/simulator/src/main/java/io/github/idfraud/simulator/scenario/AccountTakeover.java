package io.github.idfraud.simulator.scenario;

import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.ContactField;
import io.github.idfraud.contract.Device;
import io.github.idfraud.contract.LabelSource;
import io.github.idfraud.contract.LoginMethod;
import io.github.idfraud.contract.Payee;
import io.github.idfraud.simulator.AccountTakeoverParams;
import io.github.idfraud.simulator.Scenario;
import io.github.idfraud.simulator.World;
import io.github.idfraud.simulator.label.LabelPlan;
import io.github.idfraud.simulator.legit.CustomerState;
import io.github.idfraud.simulator.pipeline.DraftSink;
import io.github.idfraud.simulator.pipeline.Drafts;
import io.github.idfraud.simulator.pipeline.EventDraft;
import io.github.idfraud.simulator.world.Account;
import io.github.idfraud.simulator.world.Cities;
import io.github.idfraud.simulator.world.DayClock;
import io.github.idfraud.simulator.world.Devices;
import io.github.idfraud.simulator.world.FraudsterPool;
import io.github.idfraud.simulator.world.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Scenario {@code account_takeover}: (failed-login burst) -> login from a new device far away -> password reset
 * and/or e-mail or phone change -> mule payee -> transfer of most of the balance, within
 * {@link AccountTakeoverParams#maxChainMinutes()}. The victim later resets the password and restores the contact.
 */
public final class AccountTakeover {

    /** Sum of the longest gaps below, in seconds; gaps shrink when the configured chain is shorter. */
    private static final double LONGEST_CHAIN_SECONDS = 29 * 60;

    private final World world;
    private final AccountTakeoverParams params;

    public AccountTakeover(World world) {
        this.world = world;
        this.params = world.config.accountTakeover();
    }

    /** Attacks on the day starting at {@code dayStart}, at a busy hour in the attacker's own time zone. */
    public void attack(SplittableRandom r, CustomerState victim, Account account, long dayStart, DraftSink sink) {
        double scale = Math.min(1.0, params.maxChainMinutes() * 60 / LONGEST_CHAIN_SECONDS);
        Cities.Located origin = world.fraudsters.origin(r, victim.person.home(), params.domesticAttackerShare());
        long t = DayClock.activeSecond(r, dayStart, 0, origin.city().utcOffset());
        Device device = Devices.observed(r, world.fraudsters.device(r), origin.ip(), origin.city());
        FraudsterPool.Contact contact = world.fraudsters.contact(r, victim.person.index(), 1);
        Scenario ato = Scenario.ACCOUNT_TAKEOVER;
        List<EventDraft> chain = new ArrayList<>();

        if (Rng.chance(r, params.failedBurstShare())) {
            int failures = Rng.between(r, 2, 8);
            for (int i = 0; i < failures; i++) {
                chain.add(Drafts.login(t, account, device, false, LoginMethod.PASSWORD, ato));
                t += Rng.between(r, 4, 45);
            }
        }
        long loginAt = t;
        LoginMethod method = Rng.chance(r, 0.8) ? LoginMethod.PASSWORD : LoginMethod.ONE_TIME_CODE;
        chain.add(Drafts.login(t, account, device, true, method, ato));

        t += gap(r, 60, 360, scale);
        int takeoverStep = r.nextInt(100);
        boolean reset = takeoverStep < 40 || Rng.chance(r, 0.2);
        ContactField field = takeoverStep < 40 ? null : takeoverStep < 75 ? ContactField.EMAIL : ContactField.PHONE;
        String victimValue = field == ContactField.EMAIL ? victim.email.at(t) : victim.phone.at(t);
        if (reset) {
            chain.add(Drafts.passwordReset(t, account, device, ato));
        }
        if (field != null) {
            t += reset ? gap(r, 30, 240, scale) : 0;
            String fraudValue = field == ContactField.EMAIL ? contact.email() : contact.phone();
            chain.add(Drafts.contactChange(t, account, device, field, victimValue, fraudValue, ato)
                    .controlledByFraudster(fraudValue));
        }

        t += gap(r, 60, 360, scale);
        Payee mule = world.fraudsters.mule(r);
        chain.add(Drafts.payeeAdded(t, account, device, mule, ato));

        t += gap(r, 30, 300, scale);
        double balance = victim.person.habits().balance();
        double amount = balance * Rng.uniform(r, 0.6, 0.95);
        chain.add(Drafts.payment(t, account, device, Rng.chance(r, 0.5) ? Math.floor(amount / 50) * 50 : amount,
                Channel.TRANSFER, mule.payeeId(), null, ato));
        long second = t + gap(r, 120, 480, scale);
        if (Rng.chance(r, 0.25) && second - loginAt <= params.maxChainMinutes() * 60L) {
            t = second;
            chain.add(Drafts.payment(t, account, device, balance * Rng.uniform(r, 0.03, 0.15),
                    Channel.TRANSFER, mule.payeeId(), null, ato));
        }

        boolean reported = world.labels.reported(r);
        LabelSource source = Rng.chance(r, 0.65) ? LabelSource.CONSUMER : LabelSource.CASE;
        LabelPlan label = reported ? world.labels.fraud(r, source, t) : null;
        for (EventDraft d : chain) {
            sink.add(d.label(label));
        }
        if (reported) {
            recover(r, account, t, field, field == ContactField.EMAIL ? contact.email() : contact.phone(), victimValue, victim,
                    sink);
        }
    }

    /** The victim, having noticed, resets the password and puts their own contact detail back. */
    private void recover(SplittableRandom r, Account account, long after, ContactField field, String fraudValue,
                         String ownValue, CustomerState victim, DraftSink sink) {
        long t = after + Rng.between(r, 6 * 3600, 72 * 3600);
        Device device = Devices.observed(r, victim.device(0, t), victim.person.homeIp(), victim.person.home());
        sink.add(Drafts.login(t, account, device, false, LoginMethod.PASSWORD, Scenario.LEGIT));
        t += Rng.between(r, 60, 600);
        sink.add(Drafts.passwordReset(t, account, device, Scenario.LEGIT));
        if (field != null) {
            t += Rng.between(r, 60, 600);
            sink.add(Drafts.contactChange(t, account, device, field, fraudValue, ownValue, Scenario.LEGIT));
        }
    }

    private static long gap(SplittableRandom r, int min, int max, double scale) {
        return Math.max(1, Math.round(Rng.between(r, min, max) * scale));
    }
}
