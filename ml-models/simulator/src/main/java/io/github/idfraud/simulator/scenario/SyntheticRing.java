package io.github.idfraud.simulator.scenario;

import io.github.idfraud.contract.Address;
import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.Device;
import io.github.idfraud.contract.Identity;
import io.github.idfraud.contract.LabelSource;
import io.github.idfraud.contract.LoginMethod;
import io.github.idfraud.contract.Payee;
import io.github.idfraud.simulator.Scenario;
import io.github.idfraud.simulator.SimulationConfig;
import io.github.idfraud.simulator.SyntheticIdentityParams;
import io.github.idfraud.simulator.World;
import io.github.idfraud.simulator.label.LabelPlan;
import io.github.idfraud.simulator.pipeline.DraftSink;
import io.github.idfraud.simulator.pipeline.Drafts;
import io.github.idfraud.simulator.pipeline.EventDraft;
import io.github.idfraud.simulator.world.Account;
import io.github.idfraud.simulator.world.Cities;
import io.github.idfraud.simulator.world.City;
import io.github.idfraud.simulator.world.DayClock;
import io.github.idfraud.simulator.world.DeviceProfile;
import io.github.idfraud.simulator.world.Devices;
import io.github.idfraud.simulator.world.Ids;
import io.github.idfraud.simulator.world.Merchant;
import io.github.idfraud.simulator.world.MerchantCatalog;
import io.github.idfraud.simulator.world.Names;
import io.github.idfraud.simulator.world.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Scenario {@code synthetic_identity}: one ring of fabricated people. They share a few phones, addresses and
 * devices, open accounts within ten days of the ring's start (any day that leaves room for the bust-out), behave quietly (a login and a small purchase every few days), then
 * bust out on one day. The bank's investigation after the bust-out labels every event of the ring.
 */
public final class SyntheticRing {

    private static final Scenario SYNTHETIC = Scenario.SYNTHETIC_IDENTITY;
    /** A ring's members open their accounts within this many days of each other. */
    private static final int OPENING_SPREAD_DAYS = 10;

    private final World world;
    private final SyntheticIdentityParams params;
    private final int ring;
    private final SplittableRandom r;
    private final City base;
    private final List<String> phones = new ArrayList<>();
    private final List<Address> addresses = new ArrayList<>();
    private final List<DeviceProfile> devices = new ArrayList<>();
    private final List<EventDraft> drafts = new ArrayList<>();

    public SyntheticRing(World world, int ring) {
        this.world = world;
        this.params = world.config.syntheticIdentity();
        this.ring = ring;
        this.r = Rng.of(world.config.seed(), Rng.RINGS, ring + 1);
        this.base = Cities.home(r);
        for (int i = Rng.between(r, 1, 2); i > 0; i--) {
            phones.add(world.ids.phone(Ids.SYNTHETIC_CONTACT_BASE + ring * 16L + 10 + i));
            addresses.add(Rng.chance(r, 0.5) ? world.fraudsters.dropAddress(r) : new Address(Names.streetLine(r), null,
                    base.name(), Names.postcode(r, base), base.country()));
        }
        for (int i = Rng.between(r, 1, 3); i > 0; i--) {
            devices.add(Rng.chance(r, 0.3) ? world.fraudsters.device(r) : Devices.create(r));
        }
    }

    /** Number of rings for the config: the expected count, with the fraction decided by chance. */
    public static int count(SimulationConfig config) {
        double expected = config.identities() * config.syntheticIdentity().ringsPer10k() / 10_000;
        SplittableRandom r = Rng.of(config.seed(), Rng.RINGS, 0);
        return (int) expected + (Rng.chance(r, expected - Math.floor(expected)) ? 1 : 0);
    }

    public void generate(DraftSink sink) {
        int members = Rng.between(r, params.minMembers(), params.maxMembers());
        int openingDays = Math.min(OPENING_SPREAD_DAYS, world.config.days());
        // Rings form throughout the period, late enough that the longest quiet spell still ends in a bust-out
        // inside it: a long log then has openings and bust-outs in its later weeks too, not only the first ones.
        int latestStart = world.config.days() - openingDays - params.maxBustOutDays();
        int startDay = latestStart > 0 ? r.nextInt(latestStart + 1) : 0;
        List<List<Account>> accounts = new ArrayList<>();
        int lastOpeningDay = 0;
        for (int m = 0; m < members; m++) {
            List<Account> opened = open(m, startDay + r.nextInt(openingDays));
            accounts.add(opened);
            lastOpeningDay = Math.max(lastOpeningDay, world.dayOf(opened.get(opened.size() - 1).openedAt()));
        }
        int bustDay = lastOpeningDay + Rng.between(r, params.minBustOutDays(), params.maxBustOutDays());
        for (List<Account> memberAccounts : accounts) {
            for (Account account : memberAccounts) {
                quietHistory(account, bustDay);
                if (bustDay < world.config.days()) {
                    bustOut(account, bustDay);
                }
            }
        }
        long last = drafts.stream().mapToLong(EventDraft::time).max().orElse(world.start);
        long discovered = Math.max(last, world.dayStart(bustDay + 1));
        LabelPlan label = world.labels.reported(r) ? world.labels.fraud(r, LabelSource.CASE, discovered) : null;
        for (EventDraft d : drafts) {
            sink.add(d.label(label));
        }
    }

    /** A fabricated person applies at one bank, sometimes at a second a few days later. */
    private List<Account> open(int member, int day) {
        long slot = ring * 16L + member;
        String first = Names.first(r);
        String last = Names.last(r);
        Identity identity = new Identity(world.ids.nationalId(Ids.FABRICATED_BASE + slot), first, last,
                world.people.birthDate(r, 20, 45), Names.email(r, first, last, world.ids.emailTag(Ids.SYNTHETIC_CONTACT_BASE + slot)),
                Rng.pick(r, phones), Rng.pick(r, addresses));
        List<Account> opened = new ArrayList<>();
        int tenant = r.nextInt(world.tenantCount());
        int applications = world.tenantCount() > 1 && Rng.chance(r, 0.4) ? 2 : 1;
        for (int i = 0; i < applications; i++) {
            long t = DayClock.activeSecond(r, world.dayStart(day + 3 * i), 0, base.utcOffset());
            Account account = world.account((tenant + i) % world.tenantCount(), Ids.SYNTHETIC_ACCOUNT_BASE + slot, t);
            // a fabricated person's e-mail and phone are the ring's own
            drafts.add(Drafts.opening(t, account, identity, device(), SYNTHETIC)
                    .controlledByFraudster(identity.email(), identity.phone()));
            opened.add(account);
        }
        return opened;
    }

    /** Building a credit history: a login every few days, small purchases, nothing unusual. */
    private void quietHistory(Account account, int bustDay) {
        int until = Math.min(bustDay, world.config.days());
        for (int day = world.dayOf(account.openedAt()) + 1; day < until; day++) {
            if (!Rng.chance(r, 0.3)) {
                continue;
            }
            long t = DayClock.activeSecond(r, world.dayStart(day), 0, base.utcOffset());
            Device device = device();
            drafts.add(Drafts.login(t, account, device, true, LoginMethod.PASSWORD, SYNTHETIC));
            if (Rng.chance(r, 0.5)) {
                Merchant m = Rng.pick(r, world.merchants.online());
                drafts.add(Drafts.payment(t + Rng.between(r, 60, 900), account, device, Rng.uniform(r, 8, 60),
                        Channel.CARD_NOT_PRESENT, m.id(), m.category(), SYNTHETIC));
            }
        }
    }

    /** Everything at once: the credit line out to a mule, resaleable goods online and cash. */
    private void bustOut(Account account, int day) {
        long t = DayClock.activeSecond(r, world.dayStart(day), 0, base.utcOffset());
        Device device = device();
        drafts.add(Drafts.login(t, account, device, true, LoginMethod.PASSWORD, SYNTHETIC));
        Payee mule = world.fraudsters.mule(r);
        t += Rng.between(r, 60, 600);
        drafts.add(Drafts.payeeAdded(t, account, device, mule, SYNTHETIC));
        t += Rng.between(r, 30, 600);
        drafts.add(Drafts.payment(t, account, device, Rng.uniform(r, 1500, 6000), Channel.TRANSFER, mule.payeeId(), null,
                SYNTHETIC));
        for (int i = Rng.between(r, 1, 3); i > 0; i--) {
            Merchant m = Rng.pick(r, world.merchants.resaleable());
            t += Rng.between(r, 120, 1800);
            drafts.add(Drafts.payment(t, account, device, Rng.uniform(r, 300, 1500), Channel.CARD_NOT_PRESENT, m.id(),
                    m.category(), SYNTHETIC));
        }
        t += Rng.between(r, 1800, 4 * 3600);
        drafts.add(Drafts.payment(t, account, null, 50 * Rng.between(r, 4, 10), Channel.ATM,
                "atm-" + base.index() + "-" + r.nextInt(40), MerchantCatalog.ATM_CATEGORY, SYNTHETIC));
    }

    private Device device() {
        return Devices.observed(r, Rng.pick(r, devices), Cities.ip(r, base), base);
    }
}
