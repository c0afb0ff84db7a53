package io.github.idfraud.simulator.legit;

import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.Device;
import io.github.idfraud.contract.LoginMethod;
import io.github.idfraud.contract.Payee;
import io.github.idfraud.simulator.CardCompromiseParams;
import io.github.idfraud.simulator.Scenario;
import io.github.idfraud.simulator.World;
import io.github.idfraud.simulator.pipeline.DraftSink;
import io.github.idfraud.simulator.pipeline.Drafts;
import io.github.idfraud.simulator.pipeline.EventDraft;
import io.github.idfraud.simulator.world.Account;
import io.github.idfraud.simulator.world.Cities;
import io.github.idfraud.simulator.world.City;
import io.github.idfraud.simulator.world.DayClock;
import io.github.idfraud.simulator.world.Devices;
import io.github.idfraud.simulator.world.Habits;
import io.github.idfraud.simulator.world.Merchant;
import io.github.idfraud.simulator.world.MerchantCatalog;
import io.github.idfraud.simulator.world.Rng;
import java.util.SplittableRandom;

/** The building blocks of a real customer's behaviour: sessions, payments and account openings. */
public final class LegitActor {

    /** Share of online card payments declined at the first try. */
    private static final double DECLINED_SHARE = 0.01;
    private static final double[] ATM_AMOUNTS = {20, 30, 40, 50, 60, 80, 100, 150, 200};
    private static final double[] ATM_WEIGHTS = {20, 12, 10, 18, 8, 6, 14, 4, 8};

    public final World world;
    public final CustomerState state;
    public final SplittableRandom r;
    public final DraftSink sink;

    public LegitActor(World world, CustomerState state, SplittableRandom r, DraftSink sink) {
        this.world = world;
        this.state = state;
        this.r = r;
        this.sink = sink;
    }

    public Habits habits() {
        return state.person.habits();
    }

    /** A local time on the day, in the time zone of wherever the person is around midday. */
    long activeSecond(long dayStart) {
        City city = state.cityAt(dayStart + 43_200);
        int offset = city == null ? 0 : city.utcOffset();
        return DayClock.activeSecond(r, dayStart, habits().hourShift(), offset);
    }

    /** Logs in at {@code t} (sometimes after a typo); null when there is no account yet or the person is in transit. */
    Session session(long t) {
        return session(t, false);
    }

    /** A session whose login looks risky to a bank when {@code newPhone} and it comes from the just-replaced phone. */
    Session session(long t, boolean newPhone) {
        Account account = state.activeAccount(r, t);
        Device device = account == null ? null : state.onlineDevice(r, t, world.config.legit().vpnShare());
        if (device == null) {
            return null;
        }
        LoginMethod method = habits().loginMethod();
        if (Rng.chance(r, world.config.legit().typoLoginShare())) {
            sink.add(Drafts.login(t - Rng.between(r, 8, 90), account, device, false, method, Scenario.LEGIT));
        }
        boolean risky = newPhone && device.deviceId().equals(state.device(0, t).id());
        sink.add(Drafts.login(t, account, device, true, method, Scenario.LEGIT).looksRisky(risky));
        return new Session(t, account, device);
    }

    void cardPresent(long t) {
        City city = state.cityAt(t);
        Account account = state.activeAccount(r, t);
        if (city == null || account == null) {
            return;
        }
        Merchant m = state.travelling(t) ? Rng.pick(r, world.merchants.shops(city)) : Rng.pick(r, habits().shops());
        sink.add(Drafts.payment(t, account, null, spend(m), Channel.CARD_PRESENT, m.id(), m.category(), Scenario.LEGIT));
        if (state.cardMisuseDay < 0 && world.breaches.breached(m, t)
                && Rng.chance(r, world.config.cardCompromise().theftShare())) {
            CardCompromiseParams params = world.config.cardCompromise();
            state.cardMisuseDay = world.dayOf(t) + Rng.between(r, params.minDelayDays(), params.maxDelayDays());
            state.cardAccount = account;
        }
    }

    void cardNotPresent(long t) {
        Account account = state.activeAccount(r, t);
        if (account == null) {
            return;
        }
        Merchant m = Rng.chance(r, 0.8) ? Rng.pick(r, habits().onlineShops()) : Rng.pick(r, world.merchants.online());
        Device device = state.onlineDevice(r, t, world.config.legit().vpnShare());
        double amount = spend(m);
        EventDraft payment = Drafts.payment(t, account, device, amount, Channel.CARD_NOT_PRESENT, m.id(), m.category(),
                Scenario.LEGIT);
        // now and then a card is declined (funds, a typo in the expiry date) and the customer tries again
        if (Rng.chance(r, DECLINED_SHARE)) {
            sink.add(Drafts.declined(payment));
            payment = Drafts.payment(t + Rng.between(r, 30, 300), account, device, amount, Channel.CARD_NOT_PRESENT,
                    m.id(), m.category(), Scenario.LEGIT);
        }
        sink.add(payment);
    }

    void atm(long t) {
        City city = state.cityAt(t);
        Account account = state.activeAccount(r, t);
        if (city == null || account == null) {
            return;
        }
        double amount = ATM_AMOUNTS[Rng.weighted(r, ATM_WEIGHTS)];
        String atm = "atm-" + city.index() + "-" + r.nextInt(40);
        sink.add(Drafts.payment(t, account, null, amount, Channel.ATM, atm, MerchantCatalog.ATM_CATEGORY, Scenario.LEGIT));
    }

    /** A transfer to a known payee inside a fresh session a few minutes earlier. */
    void transfer(long t, Payee payee, double amount) {
        Session s = session(t - Rng.between(r, 30, 400));
        if (s != null) {
            transferIn(s, t, payee, amount);
        }
    }

    void transferIn(Session s, long t, Payee payee, double amount) {
        transferIn(s, t, payee, amount, false);
    }

    void transferIn(Session s, long t, Payee payee, double amount, boolean risky) {
        sink.add(Drafts.payment(t, s.account(), s.device(), amount, Channel.TRANSFER, payee.payeeId(), null,
                Scenario.LEGIT).looksRisky(risky));
    }

    /**
     * Opens an account at a tenant with the person's current details, from their own device. {@code risky} marks
     * an application a bank would review: a new applicant, or a customer of another bank.
     */
    public void openAccount(long t, int tenantIndex, boolean risky) {
        Account account = world.account(tenantIndex, state.person.index(), t);
        City city = state.cityAt(t) == null ? state.person.home() : state.cityAt(t);
        String ip = state.travelling(t) ? Cities.ip(r, city) : state.person.homeIp();
        Device device = Devices.observed(r, state.device(r.nextInt(state.devices.size()), t), ip, city);
        sink.add(Drafts.opening(t, account, state.identity(t), device, Scenario.LEGIT).looksRisky(risky));
        state.accounts.add(account);
    }

    /** A log-normal spend around the person's median, scaled by the merchant's typical ticket. */
    double spend(Merchant m) {
        return Rng.logNormal(r, habits().medianAmount() * m.amountFactor(), habits().amountSigma());
    }
}
