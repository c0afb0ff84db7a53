package io.github.idfraud.simulator.scenario;

import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.ContactField;
import io.github.idfraud.contract.Device;
import io.github.idfraud.contract.LabelSource;
import io.github.idfraud.contract.LoginMethod;
import io.github.idfraud.contract.Payee;
import io.github.idfraud.simulator.Scenario;
import io.github.idfraud.simulator.SlowTakeoverParams;
import io.github.idfraud.simulator.World;
import io.github.idfraud.simulator.label.LabelPlan;
import io.github.idfraud.simulator.legit.CustomerState;
import io.github.idfraud.simulator.pipeline.DraftSink;
import io.github.idfraud.simulator.pipeline.Drafts;
import io.github.idfraud.simulator.pipeline.EventDraft;
import io.github.idfraud.simulator.world.Account;
import io.github.idfraud.simulator.world.Cities;
import io.github.idfraud.simulator.world.City;
import io.github.idfraud.simulator.world.DayClock;
import io.github.idfraud.simulator.world.Devices;
import io.github.idfraud.simulator.world.FraudsterPool;
import io.github.idfraud.simulator.world.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Scenario {@code slow_takeover}: login from a device in the victim's region, days later a password reset or
 * contact change, later a new payee, small transfers, then a large one; each step in its own session, at the
 * victim's usual hours. All drafts are made on the first day (later days only add), and one label covers them.
 */
public final class SlowTakeover {

    private final World world;
    private final SlowTakeoverParams params;

    public SlowTakeover(World world) {
        this.world = world;
        this.params = world.config.slowTakeover();
    }

    public void attack(SplittableRandom r, CustomerState victim, Account account, long dayStart, DraftSink sink) {
        City home = victim.person.home();
        City city = Rng.chance(r, params.sameCityShare()) ? home : Cities.otherDomestic(r, home);
        Device device = Devices.observed(r, Devices.create(r), Cities.ip(r, city), city);
        Scenario slow = Scenario.SLOW_TAKEOVER;
        List<EventDraft> chain = new ArrayList<>();

        long day = dayStart;
        long t = DayClock.activeSecond(r, day, 0, city.utcOffset());
        chain.add(Drafts.login(t, account, device, true, LoginMethod.PASSWORD, slow));

        day = later(r, day);
        t = session(r, day, t, city, account, device, chain);
        ContactField field = Rng.chance(r, params.contactChangeShare())
                ? (Rng.chance(r, 0.6) ? ContactField.EMAIL : ContactField.PHONE) : null;
        if (field == null || Rng.chance(r, 0.3)) {
            chain.add(Drafts.passwordReset(t + Rng.between(r, 30, 300), account, device, slow));
            t += 400;
        }
        if (field != null) {
            FraudsterPool.Contact contact = world.fraudsters.contact(r, victim.person.index(), 2);
            String old = field == ContactField.EMAIL ? victim.email.at(t) : victim.phone.at(t);
            String fraud = field == ContactField.EMAIL ? contact.email() : contact.phone();
            chain.add(Drafts.contactChange(t + Rng.between(r, 30, 300), account, device, field, old, fraud, slow)
                    .controlledByFraudster(fraud));
        }

        day = later(r, day);
        t = session(r, day, t, city, account, device, chain);
        Payee mule = world.fraudsters.mule(r);
        chain.add(Drafts.payeeAdded(t + Rng.between(r, 30, 300), account, device, mule, slow));

        double balance = victim.person.habits().balance();
        int small = Rng.between(r, 0, params.maxSmallTransfers());
        for (int i = 0; i < small; i++) {
            day = i == 0 || Rng.chance(r, 0.5) ? later(r, day) : day;
            t = session(r, day, t, city, account, device, chain);
            chain.add(Drafts.payment(t + Rng.between(r, 30, 300), account, device, balance * Rng.uniform(r, 0.01, 0.06),
                    Channel.TRANSFER, mule.payeeId(), null, slow));
        }
        day = later(r, day);
        t = session(r, day, t, city, account, device, chain);
        chain.add(Drafts.payment(t + Rng.between(r, 30, 300), account, device, balance * Rng.uniform(r, 0.5, 0.9),
                Channel.TRANSFER, mule.payeeId(), null, slow));

        boolean reported = world.labels.reported(r);
        LabelPlan label = reported
                ? world.labels.fraud(r, Rng.chance(r, 0.7) ? LabelSource.CONSUMER : LabelSource.CASE, t + 600) : null;
        for (EventDraft d : chain) {
            sink.add(d.label(label));
        }
    }

    /**
     * The fraudster logs in at a usual hour of {@code day}; returns when the session's next step may happen: the
     * login, but at least ten minutes after the previous step at {@code previous} (steps keep their order).
     */
    private long session(SplittableRandom r, long day, long previous, City city, Account account, Device device,
                         List<EventDraft> chain) {
        long t = DayClock.activeSecond(r, day, 0, city.utcOffset());
        chain.add(Drafts.login(t, account, device, true, LoginMethod.PASSWORD, Scenario.SLOW_TAKEOVER));
        return Math.max(t, previous + 600);
    }

    private long later(SplittableRandom r, long day) {
        return day + 86_400L * Rng.between(r, params.minStepGapDays(), params.maxStepGapDays());
    }
}
