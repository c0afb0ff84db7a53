package io.github.idfraud.simulator.scenario;

import io.github.idfraud.contract.LabelSource;
import io.github.idfraud.contract.Payee;
import io.github.idfraud.simulator.MoneyMuleParams;
import io.github.idfraud.simulator.World;
import io.github.idfraud.simulator.label.LabelPlanner;
import io.github.idfraud.simulator.legit.Openings;
import io.github.idfraud.simulator.world.Cities;
import io.github.idfraud.simulator.world.DayClock;
import io.github.idfraud.simulator.world.DeviceProfile;
import io.github.idfraud.simulator.world.Person;
import io.github.idfraud.simulator.world.Rng;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Scenario {@code money_mule}, planned for the whole population before generation starts, because one incident
 * spans many people: the mule (a customer with some account history) and the customers who pay them. The plan
 * fixes who pays whom, when and how much, and when the money moves on; each person's timeline then renders its
 * own part with its own devices and whereabouts ({@link MoneyMule}). Read-only once built.
 */
public final class MuleNetwork {

    private static final long DAY = 86_400;
    /** A payer has banked for at least this long: scam victims are established customers. */
    private static final long PAYER_HISTORY = 2 * DAY;
    private static final int TRIES = 60;

    /**
     * One incident: the mule, their account as payers see it, the onward account, who moves the money (the
     * controller's place and device, or null when the mule does it), the payments in and the cash-outs, both by time.
     * A class rather than a record: its payments point back to it.
     */
    public static final class Incident {
        final int mule;
        final Payee receiving;
        final Payee onward;
        final Cities.Located controller;
        final DeviceProfile controllerDevice;
        final boolean reported;
        final long caseReportedAt;
        final List<Payment> payments = new ArrayList<>();
        public final List<CashOut> cashOuts;

        Incident(int mule, Payee receiving, Payee onward, Cities.Located controller, DeviceProfile controllerDevice,
                 boolean reported, long caseReportedAt, List<CashOut> cashOuts) {
            this.mule = mule;
            this.receiving = receiving;
            this.onward = onward;
            this.controller = controller;
            this.controllerDevice = controllerDevice;
            this.reported = reported;
            this.caseReportedAt = caseReportedAt;
            this.cashOuts = List.copyOf(cashOuts);
        }
    }

    /** A first-time transfer from {@code payer} to the mule: login at {@code loginAt}, payment at {@code paidAt}. */
    public record Payment(int payer, long loginAt, long paidAt, double amount, Incident incident) {
    }

    /**
     * The mule moving one payment on: a login at {@code loginAt} and a transfer to the onward account at {@code at}
     * ({@code addsPayee} on the first), or, when {@code cash}, an ATM withdrawal at {@code at} without a login.
     */
    public record CashOut(long loginAt, long at, double amount, boolean cash, boolean addsPayee) {
    }

    private final List<Incident> incidents = new ArrayList<>();
    private final Map<Integer, List<Payment>> paymentsByPayer = new HashMap<>();
    private final Map<Integer, Incident> byMule = new HashMap<>();

    public MuleNetwork(World world) {
        MoneyMuleParams params = world.config.moneyMule();
        // after the history period of the customers who bank already when the period starts
        int firstDay = Math.min(world.config.legit().openingSpreadDays(), world.config.days()) + params.minHistoryDays();
        int lastDay = world.config.days() - params.windowDays() - 1; // cash-outs of the last payment stay in the period
        int eligibleDays = lastDay - firstDay + 1;
        if (eligibleDays <= 0 || params.dailyRate() == 0) {
            return;
        }
        SplittableRandom count = Rng.of(world.config.seed(), Rng.MULES, 0);
        double expected = world.config.identities() * params.dailyRate() * eligibleDays;
        int planned = (int) expected + (Rng.chance(count, expected - Math.floor(expected)) ? 1 : 0);
        for (int i = 0; i < planned; i++) {
            SplittableRandom r = Rng.of(world.config.seed(), Rng.MULES, i + 1);
            Incident incident = plan(world, params, r, world.dayStart(firstDay + r.nextInt(eligibleDays)));
            if (incident != null) {
                incidents.add(incident);
                byMule.put(incident.mule, incident);
                for (Payment p : incident.payments) {
                    paymentsByPayer.computeIfAbsent(p.payer(), k -> new ArrayList<>()).add(p);
                }
            }
        }
        paymentsByPayer.values().forEach(list -> list.sort(Comparator.comparingLong(Payment::loginAt)));
    }

    /** Every planned incident, in plan order. */
    List<Incident> incidents() {
        return incidents;
    }

    /** The payments {@code person} makes to mules, by time; usually none. */
    public List<Payment> paymentsBy(int person) {
        return paymentsByPayer.getOrDefault(person, List.of());
    }

    /** The incident in which {@code person} is the mule, or null. */
    public Incident incidentOf(int person) {
        return byMule.get(person);
    }

    /** An incident starting on the day at {@code start}, or null when too few people qualify (tiny populations). */
    private Incident plan(World world, MoneyMuleParams params, SplittableRandom r, long start) {
        int mule = pickMule(world, params, r, start);
        if (mule < 0) {
            return null;
        }
        List<Payment> payments = pickPayments(world, params, r, start, mule);
        if (payments.size() < params.minSenders()) {
            return null;
        }
        Payee receiving = new Payee("p-" + Rng.hex(r, 12), "GB");
        Payee onward = world.fraudsters.mule(r);
        Cities.Located controller = Rng.chance(r, params.controllerShare())
                ? world.fraudsters.origin(r, world.people.person(mule).home(), 0.3) : null;
        DeviceProfile controllerDevice = controller == null ? null : world.fraudsters.device(r);

        List<CashOut> cashOuts = new ArrayList<>();
        long previous = Long.MIN_VALUE;
        boolean payeeAdded = false;
        for (Payment p : payments) {
            long loginAt = Math.max(p.paidAt() + Rng.between(r, 15 * 60, 6 * 3600), previous + Rng.between(r, 60, 900));
            long at = loginAt + Rng.between(r, 180, 600);
            // a quarter leaves as cash, as much as a cash machine gives; the rest is wired on, less the mule's cut
            boolean cash = Rng.chance(r, 0.25);
            double out = cash ? Math.min(500, Math.floor(p.amount() * 0.09) * 10) : p.amount() * Rng.uniform(r, 0.85, 0.95);
            cashOuts.add(new CashOut(loginAt, at, Math.max(10, out), cash, !cash && !payeeAdded));
            payeeAdded |= !cash;
            previous = at;
        }
        boolean reported = world.labels.reported(r);
        long caseReportedAt = previous + LabelPlanner.delay(r, LabelSource.CASE);
        Incident incident = new Incident(mule, receiving, onward, controller, controllerDevice, reported, caseReportedAt,
                cashOuts);
        for (Payment p : payments) {
            incident.payments.add(new Payment(p.payer(), p.loginAt(), p.paidAt(), p.amount(), incident));
        }
        return incident;
    }

    /** A customer whose first account is old enough and who is neither mule nor payer yet; -1 when none is found. */
    private int pickMule(World world, MoneyMuleParams params, SplittableRandom r, long start) {
        for (int tries = 0; tries < TRIES; tries++) {
            int candidate = r.nextInt(world.config.identities());
            if (!byMule.containsKey(candidate) && !paymentsByPayer.containsKey(candidate)
                    && Openings.of(world, world.people.person(candidate)).first() < start - params.minHistoryDays() * DAY) {
                return candidate;
            }
        }
        return -1;
    }

    /**
     * Different established customers, none of them a mule, paying on days of the window; sorted by payment time,
     * the incident still unset.
     */
    private List<Payment> pickPayments(World world, MoneyMuleParams params, SplittableRandom r, long start, int mule) {
        int wanted = Rng.between(r, params.minSenders(), params.maxSenders());
        Set<Integer> payers = new HashSet<>();
        List<Payment> payments = new ArrayList<>();
        for (int tries = 0; tries < wanted * TRIES && payers.size() < wanted; tries++) {
            int candidate = r.nextInt(world.config.identities());
            long dayStart = start + r.nextInt(params.windowDays()) * DAY;
            Person person = world.people.person(candidate);
            if (candidate == mule || payers.contains(candidate) || byMule.containsKey(candidate)
                    || Openings.of(world, person).first() >= dayStart - PAYER_HISTORY) {
                continue;
            }
            payers.add(candidate);
            long loginAt = DayClock.activeSecond(r, dayStart, person.habits().hourShift(), person.home().utcOffset());
            // what the scam asks for, within what the victim has: a deposit, an "investment", a purchase
            double amount = Math.max(20, Math.min(0.8 * person.habits().balance(), Rng.logNormal(r, 450, 0.8)));
            payments.add(new Payment(candidate, loginAt, loginAt + Rng.between(r, 180, 900), amount, null));
        }
        payments.sort(Comparator.comparingLong(Payment::paidAt));
        return payments;
    }
}
