package io.github.idfraud.simulator.legit;

import io.github.idfraud.contract.Address;
import io.github.idfraud.contract.ContactField;
import io.github.idfraud.contract.LoginMethod;
import io.github.idfraud.contract.Payee;
import io.github.idfraud.simulator.LegitParams;
import io.github.idfraud.simulator.Scenario;
import io.github.idfraud.simulator.pipeline.Drafts;
import io.github.idfraud.simulator.world.Account;
import io.github.idfraud.simulator.world.Cities;
import io.github.idfraud.simulator.world.City;
import io.github.idfraud.simulator.world.Devices;
import io.github.idfraud.simulator.world.Names;
import io.github.idfraud.simulator.world.PersonFactory;
import io.github.idfraud.simulator.world.Rng;

/**
 * The rarer things real customers do, several of which look like pieces of an account takeover: trips,
 * forgotten passwords, new e-mails and phones, new devices, new payees with large first payments, new banks.
 */
public final class LifeEvents {

    private final LegitActor actor;
    private final LegitParams params;

    public LifeEvents(LegitActor actor) {
        this.actor = actor;
        this.params = actor.world.config.legit();
    }

    /** Decided before the day's routine, so the routine already knows where the person is. */
    public void maybeTravel(long dayStart) {
        if (!actor.state.travelling(dayStart)
                && Rng.chance(actor.r, params.travelDailyRate() * actor.habits().travelAffinity())) {
            trip(dayStart);
        }
    }

    public void day(long dayStart) {
        var r = actor.r;
        if (Rng.chance(r, params.passwordResetDailyRate())) {
            forgottenPassword(actor.activeSecond(dayStart));
        }
        if (Rng.chance(r, params.contactChangeDailyRate())) {
            changeContact(actor.activeSecond(dayStart));
        }
        if (Rng.chance(r, params.newDeviceDailyRate())) {
            newDevice(actor.activeSecond(dayStart));
        }
        if (Rng.chance(r, params.newPayeeDailyRate())) {
            newPayee(actor.activeSecond(dayStart));
        }
        // a second bank for existing customers; people joining during the period first open their planned account
        if (!actor.state.accounts.isEmpty() && actor.state.accounts.size() < actor.world.tenantCount()
                && Rng.chance(r, params.newBankDailyRate())) {
            newBank(actor.activeSecond(dayStart));
        }
    }

    /** 2-7 days elsewhere; no online activity during the journey itself (2-5 h at home, 3-9 h abroad). */
    private void trip(long dayStart) {
        var r = actor.r;
        City home = actor.state.person.home();
        City city = Rng.chance(r, 0.6) ? Cities.otherDomestic(r, home) : Cities.abroad(r);
        long departs = dayStart + Rng.between(r, 6 * 3600, 18 * 3600);
        long journey = city.domestic() ? Rng.between(r, 2 * 3600, 5 * 3600) : Rng.between(r, 3 * 3600, 9 * 3600);
        long ends = departs + Rng.between(r, 2, 7) * 86_400L;
        actor.state.startTrip(city, departs, departs + journey, ends);
    }

    /** A few failed attempts, a reset, then a successful login with the new password. */
    private void forgottenPassword(long t) {
        var r = actor.r;
        Account account = actor.state.activeAccount(r, t);
        var device = account == null ? null : actor.state.onlineDevice(r, t, params.vpnShare());
        if (device == null) {
            return;
        }
        int failures = Rng.between(r, 0, 3);
        for (int i = failures; i > 0; i--) {
            actor.sink.add(Drafts.login(t - i * Rng.between(r, 15, 120), account, device, false, LoginMethod.PASSWORD,
                    Scenario.LEGIT));
        }
        long reset = t + Rng.between(r, 30, 600);
        actor.sink.add(Drafts.passwordReset(reset, account, device, Scenario.LEGIT));
        actor.sink.add(Drafts.login(reset + Rng.between(r, 40, 400), account, device, true, LoginMethod.PASSWORD,
                Scenario.LEGIT));
    }

    /**
     * A new e-mail, phone or address, changed online at one bank and right after by telephone (no device) at the
     * others, so every bank's record stays the person's real, current value.
     */
    private void changeContact(long t) {
        var r = actor.r;
        CustomerState state = actor.state;
        Session s = actor.session(t);
        if (s == null || !state.mayChangeContact()) {
            return;
        }
        long slot = state.nextContactSlot();
        long at = t + Rng.between(r, 40, 500);
        int pick = r.nextInt(100);
        ContactField field;
        String oldValue;
        String newValue;
        if (pick < 40) {
            field = ContactField.EMAIL;
            oldValue = state.email.latest();
            newValue = Names.email(r, state.person.firstName(), state.person.lastName(), actor.world.ids.emailTag(slot));
            state.email.change(at, newValue);
        } else if (pick < 75) {
            field = ContactField.PHONE;
            oldValue = state.phone.latest();
            newValue = actor.world.ids.phone(slot);
            state.phone.change(at, newValue);
        } else {
            field = ContactField.ADDRESS;
            Address old = state.address.latest();
            Address moved = new Address(Names.streetLine(r), null, old.city(), Names.postcode(r, state.person.home()),
                    old.country());
            state.address.change(at, moved);
            oldValue = line(old);
            newValue = line(moved);
        }
        actor.sink.add(Drafts.contactChange(at, s.account(), s.device(), field, oldValue, newValue, Scenario.LEGIT)
                .looksRisky(true));
        for (Account other : state.accounts) {
            if (other != s.account() && other.openedAt() < at) {
                actor.sink.add(Drafts.contactChange(at + Rng.between(r, 60, 600), other, null, field, oldValue,
                        newValue, Scenario.LEGIT));
            }
        }
    }

    /** A phone upgrade: the new device logs in from home; sometimes the password has to be reset on it. */
    private void newDevice(long t) {
        var r = actor.r;
        actor.state.replacePhone(t, Devices.create(r));
        Session s = actor.session(t, true);
        if (s != null && Rng.chance(r, 0.15)) {
            long reset = t + Rng.between(r, 60, 900);
            actor.sink.add(Drafts.passwordReset(reset, s.account(), s.device(), Scenario.LEGIT));
        }
    }

    /** A new payee, usually paid at once; now and then a large one-off (a car, a deposit). */
    private void newPayee(long t) {
        var r = actor.r;
        Session s = actor.session(t);
        if (s == null) {
            return;
        }
        Payee payee = newPayeeAt(t);
        long added = t + Rng.between(r, 30, 400);
        actor.sink.add(Drafts.payeeAdded(added, s.account(), s.device(), payee, Scenario.LEGIT));
        actor.state.payees.add(payee);
        if (Rng.chance(r, 0.7)) {
            boolean large = Rng.chance(r, 0.08);
            double amount = large
                    ? actor.habits().balance() * Rng.uniform(r, 0.3, 0.9)
                    : Rng.logNormal(r, actor.habits().medianAmount() * 4, 1.0);
            actor.transferIn(s, added + Rng.between(r, 30, 900), payee, amount, large);
        }
    }

    /** Now and then one of the world's popular payees (a utility, a club) not paid yet, otherwise a private person. */
    private Payee newPayeeAt(long t) {
        var r = actor.r;
        if (Rng.chance(r, actor.world.config.lookalikes().popularPayeeShare())) {
            Payee popular = actor.world.popularPayees.liveAt(r, t);
            if (popular != null && !actor.state.payees.contains(popular)) {
                return popular;
            }
        }
        return PersonFactory.payee(r);
    }

    /** Opens an account at a bank not used yet; one time in five the person shops around at a second one. */
    private void newBank(long t) {
        var r = actor.r;
        int tenants = actor.world.tenantCount();
        int applications = Rng.chance(r, 0.2) ? 2 : 1;
        for (int tenant = r.nextInt(tenants), tries = 0; applications > 0 && tries < tenants; tenant = (tenant + 1) % tenants, tries++) {
            if (!actor.state.hasAccountAt(tenant)) {
                actor.openAccount(t, tenant, true);
                t += Rng.between(r, 1800, 48 * 3600);
                applications--;
            }
        }
    }

    /** An address as a contact change shows it. */
    static String line(Address a) {
        return a.line1() + ", " + a.city() + " " + a.postalCode();
    }
}
