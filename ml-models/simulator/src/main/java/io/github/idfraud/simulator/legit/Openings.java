package io.github.idfraud.simulator.legit;

import io.github.idfraud.simulator.LegitParams;
import io.github.idfraud.simulator.World;
import io.github.idfraud.simulator.world.DayClock;
import io.github.idfraud.simulator.world.Person;
import io.github.idfraud.simulator.world.Rng;
import java.util.SplittableRandom;

/**
 * When and where a person's planned accounts are opened. People who bank already when the period starts open
 * their one or two accounts in its first {@link LegitParams#openingSpreadDays()} days, so their history begins
 * early; the {@link LegitParams#joiningShare(int) joining share} are new customers who open one account on a day
 * spread evenly over the whole period. Drawn from its own random stream, so a generator that needs another
 * person's accounts (the money-mule planner) knows them without running that person's timeline.
 */
public final class Openings {

    private final long[] times;
    private final int[] tenants;
    private final boolean joining;

    private Openings(long[] times, int[] tenants, boolean joining) {
        this.times = times;
        this.tenants = tenants;
        this.joining = joining;
    }

    public static Openings of(World world, Person person) {
        SplittableRandom r = Rng.of(world.config.seed(), Rng.OPENINGS, person.index());
        LegitParams legit = world.config.legit();
        int days = world.config.days();
        int hourShift = person.habits().hourShift();
        int utcOffset = person.home().utcOffset();
        if (Rng.chance(r, legit.joiningShare(days))) {
            // not the last day: an active second may wrap past midnight, and must stay inside the period
            long t = DayClock.activeSecond(r, world.dayStart(r.nextInt(Math.max(1, days - 1))), hourShift, utcOffset);
            return new Openings(new long[] {t}, new int[] {person.primaryTenant()}, true);
        }
        int accounts = person.secondTenant() < 0 ? 1 : 2;
        long[] times = new long[accounts];
        int[] tenants = new int[accounts];
        int spread = Math.min(legit.openingSpreadDays(), days);
        for (int i = 0; i < accounts; i++) {
            times[i] = DayClock.activeSecond(r, world.dayStart(r.nextInt(spread)), hourShift, utcOffset);
            tenants[i] = i == 0 ? person.primaryTenant() : person.secondTenant();
        }
        if (accounts == 2 && times[1] < times[0]) { // in time order, so the timeline's first account is index 0
            long t = times[0];
            times[0] = times[1];
            times[1] = t;
            tenants[0] = person.secondTenant();
            tenants[1] = person.primaryTenant();
        }
        return new Openings(times, tenants, false);
    }

    /** Planned openings, in time order. */
    public int count() {
        return times.length;
    }

    public long time(int i) {
        return times[i];
    }

    public int tenant(int i) {
        return tenants[i];
    }

    /** Whether the person is a new customer joining during the period rather than one who banks already. */
    public boolean joining() {
        return joining;
    }

    /** When the person's first account is opened: from then on they can act as a customer. */
    public long first() {
        return times[0];
    }

    /** The bank of the first account, which money-mule payments and cash-outs use. */
    public int firstTenant() {
        return tenants[0];
    }
}
