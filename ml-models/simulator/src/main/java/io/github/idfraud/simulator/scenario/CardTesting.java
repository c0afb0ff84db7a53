package io.github.idfraud.simulator.scenario;

import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.Device;
import io.github.idfraud.contract.LabelSource;
import io.github.idfraud.simulator.CardTestingParams;
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
import io.github.idfraud.simulator.world.Merchant;
import io.github.idfraud.simulator.world.Rng;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Scenario {@code card_testing}: tiny card-not-present probes at a few merchants, minutes apart (a third of them
 * declined), then a burst of ordinary-looking purchases across many different merchants. The whole incident is charged back together.
 */
public final class CardTesting {

    private final World world;
    private final CardTestingParams params;

    public CardTesting(World world) {
        this.world = world;
        this.params = world.config.cardTesting();
    }

    public void attack(SplittableRandom r, CustomerState victim, Account account, long dayStart, DraftSink sink) {
        Cities.Located origin = Rng.chance(r, params.victimCityShare())
                ? new Cities.Located(Cities.ip(r, victim.person.home()), victim.person.home())
                : world.fraudsters.origin(r, victim.person.home(), 0.3);
        Device device = Devices.observed(r, Rng.chance(r, params.sharedDeviceShare())
                ? world.fraudsters.device(r) : Devices.create(r), origin.ip(), origin.city());
        boolean reported = world.labels.reported(r);
        long t = DayClock.activeSecond(r, dayStart, 0, origin.city().utcOffset());
        LabelPlan label = null;
        List<Merchant> online = world.merchants.online();
        List<Merchant> probeShops = new ArrayList<>();
        for (int i = 0; i < params.probeMerchants(); i++) {
            probeShops.add(Rng.pick(r, online));
        }
        List<Drafted> drafts = new ArrayList<>();
        int probes = Rng.between(r, params.minProbes(), params.maxProbes());
        for (int i = 0; i < probes; i++) {
            Merchant m = Rng.pick(r, probeShops);
            // a probe that bounces tells the fraudster as much as one that passes
            drafts.add(new Drafted(t, m, Rng.chance(r, 0.5) ? 1.0 : Rng.uniform(r, 0.5, 4.99), Rng.chance(r, 0.35)));
            t += Rng.between(r, 20, 600);
        }
        List<Merchant> targets = new ArrayList<>(Rng.chance(r, 0.6) ? world.merchants.resaleable() : online);
        Collections.shuffle(targets, new Random(r.nextLong()));
        int burst = Rng.between(r, params.minBurst(), params.maxBurst());
        long burstSpan = params.maxBurstMinutes() * 60L;
        long step = Math.max(30, burstSpan / Math.max(1, burst));
        for (int i = 0; i < burst; i++) {
            Merchant m = targets.get(i % targets.size());
            double amount = Rng.logNormal(r, Rng.uniform(r, 30, 250) * m.amountFactor(), 0.7);
            drafts.add(new Drafted(t, m, amount, Rng.chance(r, 0.1)));
            t += Rng.between(r, 30, (int) step);
        }
        if (reported) {
            label = world.labels.fraud(r, LabelSource.CHARGEBACK, t);
        }
        for (Drafted d : drafts) {
            EventDraft payment = Drafts.payment(d.time, account, device, d.amount, Channel.CARD_NOT_PRESENT,
                    d.merchant.id(), d.merchant.category(), Scenario.CARD_TESTING);
            sink.add((d.declined ? Drafts.declined(payment) : payment).label(label));
        }
    }

    private record Drafted(long time, Merchant merchant, double amount, boolean declined) {
    }
}
