package io.github.idfraud.simulator.scenario;

import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.Device;
import io.github.idfraud.contract.LabelSource;
import io.github.idfraud.simulator.Scenario;
import io.github.idfraud.simulator.World;
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
import java.util.List;
import java.util.SplittableRandom;

/**
 * Scenario {@code card_compromise}, the misuse: a card harvested at a breached shop is used online days later,
 * often a small test purchase first, then a burst of resaleable goods within an hour or two. Each purchase is
 * charged back separately, 7-60 days after it happened.
 */
public final class CardFraud {

    private final World world;

    public CardFraud(World world) {
        this.world = world;
    }

    public void spree(SplittableRandom r, CustomerState victim, Account account, long dayStart, DraftSink sink) {
        Cities.Located origin = world.fraudsters.origin(r, victim.person.home(), 0.2);
        Device device = Devices.observed(r, world.fraudsters.device(r), origin.ip(), origin.city());
        List<Merchant> targets = world.merchants.resaleable();
        boolean reported = world.labels.reported(r);
        long t = DayClock.activeSecond(r, dayStart, 0, origin.city().utcOffset());
        if (Rng.chance(r, 0.5)) {
            Merchant test = Rng.pick(r, world.merchants.online());
            add(r, sink, reported, Drafts.payment(t, account, device, Rng.uniform(r, 1, 5), Channel.CARD_NOT_PRESENT,
                    test.id(), test.category(), Scenario.CARD_COMPROMISE));
            t += Rng.between(r, 120, 1800);
        }
        int purchases = Rng.between(r, 2, 5);
        for (int i = 0; i < purchases; i++) {
            Merchant m = Rng.pick(r, targets);
            double amount = Rng.logNormal(r, 220 * m.amountFactor() / 3, 0.5);
            add(r, sink, reported, Drafts.payment(t, account, device, amount, Channel.CARD_NOT_PRESENT, m.id(),
                    m.category(), Scenario.CARD_COMPROMISE));
            t += Rng.between(r, 60, 1500);
        }
    }

    private void add(SplittableRandom r, DraftSink sink, boolean reported, EventDraft draft) {
        sink.add(draft.label(reported ? world.labels.fraud(r, LabelSource.CHARGEBACK, draft.time()) : null));
    }
}
