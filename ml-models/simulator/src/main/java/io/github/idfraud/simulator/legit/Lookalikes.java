package io.github.idfraud.simulator.legit;

import io.github.idfraud.contract.Address;
import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.ContactField;
import io.github.idfraud.contract.Device;
import io.github.idfraud.contract.Payee;
import io.github.idfraud.simulator.LookalikeParams;
import io.github.idfraud.simulator.Scenario;
import io.github.idfraud.simulator.pipeline.Drafts;
import io.github.idfraud.simulator.world.Account;
import io.github.idfraud.simulator.world.DeviceProfile;
import io.github.idfraud.simulator.world.Devices;
import io.github.idfraud.simulator.world.Merchant;
import io.github.idfraud.simulator.world.Names;
import io.github.idfraud.simulator.world.PersonFactory;
import io.github.idfraud.simulator.world.Rng;
import java.util.SplittableRandom;

/**
 * Legitimate behaviour that carries the marks of fraud: a reaction to a data breach (new password and e-mail), a first large online purchase, a pay-day burst of purchases, logins on a family
 * member's device, and moving house (new address, then the landlord as a new payee with a large first transfer).
 */
public final class Lookalikes {

    /** Pay day, as a day of the month. */
    private static final int PAY_DAY = 25;

    private final LegitActor actor;
    private final LookalikeParams params;
    private final boolean payDayShopper;
    /** The household's shared tablet or laptop, or null when this person never borrows one. */
    private final DeviceProfile familyDevice;

    public Lookalikes(LegitActor actor) {
        this.actor = actor;
        this.params = actor.world.config.lookalikes();
        int index = actor.state.person.index();
        SplittableRandom own = Rng.of(actor.world.config.seed(), Rng.LOOKALIKES, index);
        this.payDayShopper = Rng.chance(own, params.salaryBurstShare());
        // neighbours in index order form a household of two: both see the same device
        SplittableRandom household = Rng.of(actor.world.config.seed(), Rng.HOUSEHOLDS, index / 2);
        this.familyDevice = Rng.chance(household, params.sharedDeviceShare()) ? Devices.create(household) : null;
    }

    public void day(long dayStart) {
        var r = actor.r;
        if (Rng.chance(r, params.breachResetDailyRate())) {
            breachReaction(actor.activeSecond(dayStart));
        }
        if (Rng.chance(r, params.largePurchaseDailyRate())) {
            largePurchase(actor.activeSecond(dayStart));
        }
        if (payDayShopper && actor.world.dayOfMonth(dayStart) == PAY_DAY) {
            payDayBurst(actor.activeSecond(dayStart));
        }
        if (familyDevice != null && Rng.chance(r, 0.08)) {
            familyLogin(actor.activeSecond(dayStart));
        }
        if (Rng.chance(r, params.movingHouseDailyRate())) {
            moveHouse(actor.activeSecond(dayStart));
        }
    }

    /** "Your data was in a breach": a password reset and a new e-mail address in one session. */
    private void breachReaction(long t) {
        var r = actor.r;
        CustomerState state = actor.state;
        if (!state.mayChangeContact()) {
            return;
        }
        if (state.email.lastChange() > t - 86_400) {
            return; // one change a day at most, so that changes stay in time order
        }
        Session s = actor.session(t);
        if (s == null) {
            return;
        }
        long reset = t + Rng.between(r, 30, 300);
        actor.sink.add(Drafts.passwordReset(reset, s.account(), s.device(), Scenario.LEGIT).looksRisky(true));
        long slot = state.nextContactSlot();
        String oldValue = state.email.latest();
        String newValue = Names.email(r, state.person.firstName(), state.person.lastName(), actor.world.ids.emailTag(slot));
        long changed = reset + Rng.between(r, 60, 1800);
        state.email.change(changed, newValue);
        actor.sink.add(Drafts.contactChange(changed, s.account(), s.device(), ContactField.EMAIL, oldValue, newValue,
                Scenario.LEGIT).looksRisky(true));
    }

    /** A dear online purchase at a shop never used before, now and then after a tiny verification charge. */
    private void largePurchase(long t) {
        var r = actor.r;
        Account account = actor.state.activeAccount(r, t);
        Device device = account == null ? null : actor.state.onlineDevice(r, t, actor.world.config.legit().vpnShare());
        if (device == null) {
            return;
        }
        Merchant m = Rng.pick(r, actor.world.merchants.resaleable());
        if (Rng.chance(r, 0.3)) {
            actor.sink.add(Drafts.payment(t - Rng.between(r, 60, 900), account, device, 1.0, Channel.CARD_NOT_PRESENT,
                    m.id(), m.category(), Scenario.LEGIT));
        }
        double amount = Math.min(actor.habits().balance() * 0.8, Rng.logNormal(r, actor.habits().medianAmount() * 25, 0.6));
        actor.sink.add(Drafts.payment(t, account, device, amount, Channel.CARD_NOT_PRESENT, m.id(), m.category(),
                Scenario.LEGIT));
    }

    /** Pay day: four to nine purchases within about an hour, at shops online and around. */
    private void payDayBurst(long t) {
        var r = actor.r;
        int purchases = Rng.between(r, 4, 9);
        for (int i = 0; i < purchases; i++) {
            if (Rng.chance(r, 0.6)) {
                actor.cardNotPresent(t);
            } else {
                actor.cardPresent(t);
            }
            t += Rng.between(r, 60, 900);
        }
    }

    /** A login on the household's shared device, from home. */
    private void familyLogin(long t) {
        var r = actor.r;
        Account account = actor.state.activeAccount(r, t);
        if (account == null || actor.state.travelling(t)) {
            return;
        }
        Device device = Devices.observed(r, familyDevice, actor.state.person.homeIp(), actor.state.person.home());
        actor.sink.add(Drafts.login(t, account, device, true, actor.habits().loginMethod(), Scenario.LEGIT));
        if (Rng.chance(r, 0.3)) {
            Merchant m = Rng.pick(r, actor.habits().onlineShops());
            actor.sink.add(Drafts.payment(t + Rng.between(r, 60, 600), account, device,
                    Rng.logNormal(r, actor.habits().medianAmount(), 0.6), Channel.CARD_NOT_PRESENT, m.id(), m.category(),
                    Scenario.LEGIT));
        }
    }

    /** New address online, then within days the landlord as a new payee and a large first transfer (the deposit). */
    private void moveHouse(long t) {
        var r = actor.r;
        CustomerState state = actor.state;
        if (!state.mayChangeContact() || state.address.lastChange() > t - 86_400) {
            return;
        }
        Session s = actor.session(t);
        if (s == null) {
            return;
        }
        state.nextContactSlot(); // an address needs no id, but counts as one of the person's changes
        Address old = state.address.latest();
        Address moved = new Address(Names.streetLine(r), null, old.city(), Names.postcode(r, state.person.home()), old.country());
        long at = t + Rng.between(r, 40, 500);
        state.address.change(at, moved);
        actor.sink.add(Drafts.contactChange(at, s.account(), s.device(), ContactField.ADDRESS, LifeEvents.line(old),
                LifeEvents.line(moved), Scenario.LEGIT).looksRisky(true));
        Payee landlord = PersonFactory.payee(r);
        long added = at + Rng.between(r, 3600, 20 * 3600);
        actor.sink.add(Drafts.payeeAdded(added, s.account(), s.device(), landlord, Scenario.LEGIT).looksRisky(true));
        state.payees.add(landlord);
        actor.transferIn(s, added + Rng.between(r, 60, 3600), landlord, actor.habits().balance() * Rng.uniform(r, 0.2, 0.5), true);
    }
}
