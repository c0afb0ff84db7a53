package io.github.idfraud.simulator.scenario;

import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.ContactField;
import io.github.idfraud.contract.Device;
import io.github.idfraud.contract.LabelSource;
import io.github.idfraud.contract.LoginMethod;
import io.github.idfraud.contract.Payee;
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
 * Scenario {@code sim_swap}: phone number moved to the fraudster (often through the telephone channel, so the
 * change has no device), password reset with a one-time code to that number, login by one-time code from a
 * new device, mule payee, transfer. Slower than a takeover: the port takes a while to complete.
 */
public final class SimSwap {

    private final World world;

    public SimSwap(World world) {
        this.world = world;
    }

    public void attack(SplittableRandom r, CustomerState victim, Account account, long dayStart, DraftSink sink) {
        // SIM-swap crews work locally: the carrier shop or call centre is in the victim's country
        Cities.Located origin = world.fraudsters.origin(r, victim.person.home(), 0.8);
        Device device = Devices.observed(r, world.fraudsters.device(r), origin.ip(), origin.city());
        FraudsterPool.Contact contact = world.fraudsters.contact(r, victim.person.index(), 2);
        Scenario scenario = Scenario.SIM_SWAP;
        List<EventDraft> chain = new ArrayList<>();

        long t = DayClock.activeSecond(r, dayStart, 0, origin.city().utcOffset());
        chain.add(Drafts.contactChange(t, account, Rng.chance(r, 0.5) ? null : device, ContactField.PHONE,
                victim.phone.at(t), contact.phone(), scenario).controlledByFraudster(contact.phone()));
        t += Rng.between(r, 300, 3600);
        chain.add(Drafts.passwordReset(t, account, device, scenario));
        t += Rng.between(r, 30, 300);
        chain.add(Drafts.login(t, account, device, true, LoginMethod.ONE_TIME_CODE, scenario));
        Payee mule = world.fraudsters.mule(r);
        t += Rng.between(r, 60, 600);
        chain.add(Drafts.payeeAdded(t, account, device, mule, scenario));
        t += Rng.between(r, 30, 600);
        double amount = victim.person.habits().balance() * Rng.uniform(r, 0.4, 0.9);
        chain.add(Drafts.payment(t, account, device, amount, Channel.TRANSFER, mule.payeeId(), null, scenario));

        // the victim's phone goes dead, so they notice fast and call the bank
        LabelPlan label = world.labels.reported(r) ? world.labels.fraud(r, LabelSource.CONSUMER, t) : null;
        for (EventDraft d : chain) {
            sink.add(d.label(label));
        }
    }
}
