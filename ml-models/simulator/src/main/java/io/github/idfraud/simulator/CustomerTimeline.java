package io.github.idfraud.simulator;

import io.github.idfraud.simulator.legit.CustomerState;
import io.github.idfraud.simulator.legit.LegitActor;
import io.github.idfraud.simulator.legit.LifeEvents;
import io.github.idfraud.simulator.legit.Lookalikes;
import io.github.idfraud.simulator.legit.Openings;
import io.github.idfraud.simulator.legit.Routine;
import io.github.idfraud.simulator.pipeline.DraftSink;
import io.github.idfraud.simulator.pipeline.EventDraft;
import io.github.idfraud.simulator.pipeline.EventSource;
import io.github.idfraud.simulator.profile.VerifiedProfiles;
import io.github.idfraud.simulator.scenario.AccountTakeover;
import io.github.idfraud.simulator.scenario.CardFraud;
import io.github.idfraud.simulator.scenario.CardTesting;
import io.github.idfraud.simulator.scenario.MoneyMule;
import io.github.idfraud.simulator.scenario.MuleNetwork;
import io.github.idfraud.simulator.scenario.SimSwap;
import io.github.idfraud.simulator.scenario.SlowTakeover;
import io.github.idfraud.simulator.scenario.StolenIdentity;
import io.github.idfraud.simulator.world.Person;
import io.github.idfraud.simulator.world.Rng;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One person's whole period, generated a day at a time: account openings, daily routine, life events, the fraud
 * incidents that target them, their part in money-mule incidents and their banks' verified profile refreshes. A day is generated only when the next draft could belong to it, so at any
 * moment only about a day of drafts per person is held in memory.
 */
final class CustomerTimeline implements EventSource, DraftSink {

    private static final long DAY = 86_400;

    private final World world;
    private final int index;
    private final SplittableRandom r;
    private final CustomerState state;
    private final LegitActor actor;
    private final Routine routine;
    private final LifeEvents life;
    private final Lookalikes lookalikes;
    /**
     * Pending drafts sorted latest first, so the next one is taken from the end in constant time. Plain arrays and
     * a cached head time: the merge touches tens of thousands of timelines, and each indirection is a cache miss.
     * {@code keys} holds each draft's (time - start) << 32 | seq, so ordering and the head time never read a draft.
     */
    private EventDraft[] buffer = new EventDraft[16];
    private long[] keys = new long[16];
    private int size;
    private long headTime = Long.MAX_VALUE;
    private final Openings openings;
    private final VerifiedProfiles profiles;
    private final List<MuleNetwork.Payment> mulePayments;
    private final MuleNetwork.Incident muleIncident;
    private int nextMulePayment;
    private int nextCashOut;
    private int takeoverDay = -1;
    private int stolenDay = -1;
    private int simSwapDay = -1;
    private int cardTestingDay = -1;
    private int slowTakeoverDay = -1;
    private int nextDay;
    private long generatingFrom;
    private long seq;

    CustomerTimeline(World world, int index) {
        this.world = world;
        this.index = index;
        this.r = Rng.of(world.config.seed(), Rng.TIMELINE, index);
        Person person = world.people.person(index);
        this.state = new CustomerState(person);
        this.actor = new LegitActor(world, state, r, this);
        this.routine = new Routine(actor);
        this.life = new LifeEvents(actor);
        this.lookalikes = new Lookalikes(actor);
        this.openings = Openings.of(world, person);
        this.profiles = VerifiedProfiles.ofCustomer(world, state, openings);
        this.mulePayments = world.mules.paymentsBy(index);
        this.muleIncident = world.mules.incidentOf(index);
        scheduleFraud(openings.first());
        fill();
    }

    /** Picks the days incidents start; the time of day follows the fraudster's own clock. */
    private void scheduleFraud(long firstOpening) {
        int openingDay = world.dayOf(firstOpening);
        var config = world.config;
        takeoverDay = pickDay(config.accountTakeover().dailyRate(), openingDay + 1 + config.accountTakeover().minHistoryDays());
        stolenDay = pickDay(config.stolenIdentity().dailyRate(), 0);
        simSwapDay = pickDay(config.simSwap().dailyRate(), openingDay + 1 + config.simSwap().minHistoryDays());
        cardTestingDay = pickDay(config.cardTesting().dailyRate(), openingDay + 1);
        slowTakeoverDay = pickDay(config.slowTakeover().dailyRate(), openingDay + 1 + config.slowTakeover().minHistoryDays());
    }

    /** A day in [firstDay, days - 2] with the chance of the daily rate over that many days, or -1. */
    private int pickDay(double dailyRate, int firstDay) {
        int lastDay = world.config.days() - 2; // an incident may run past midnight; keep it inside the period
        int eligible = lastDay - firstDay + 1;
        return Rng.chance(r, Rng.atLeastOnce(dailyRate, eligible)) ? firstDay + r.nextInt(eligible) : -1;
    }

    @Override
    public long peekTime() {
        return headTime;
    }

    @Override
    public EventDraft next() {
        EventDraft head = buffer[--size];
        buffer[size] = null;
        fill();
        return head;
    }

    private long keyTime(int i) {
        return world.start + (keys[i] >>> 32);
    }

    @Override
    public int order() {
        return index;
    }

    /** Generates days until the head of the buffer is known to be the earliest remaining draft. */
    private void fill() {
        while (nextDay < world.config.days() && (size == 0 || keyTime(size - 1) >= world.dayStart(nextDay))) {
            int before = size;
            generate(nextDay++);
            insertLatestFirst(before);
        }
        headTime = size == 0 ? Long.MAX_VALUE : keyTime(size - 1);
    }

    /**
     * Moves the drafts added from {@code from} on into the sorted part before them. The new day's drafts mostly
     * belong at the end (the earliest), so an insertion sort on the primitive keys moves few elements.
     */
    private void insertLatestFirst(int from) {
        for (int i = from; i < size; i++) {
            long key = keys[i];
            EventDraft draft = buffer[i];
            int j = i - 1;
            while (j >= 0 && keys[j] < key) {
                keys[j + 1] = keys[j];
                buffer[j + 1] = buffer[j];
                j--;
            }
            keys[j + 1] = key;
            buffer[j + 1] = draft;
        }
    }

    private void generate(int day) {
        long dayStart = world.dayStart(day);
        generatingFrom = dayStart;
        for (int i = 0; i < openings.count(); i++) {
            // a customer who already opened there through a life event keeps that account
            if (within(openings.time(i), dayStart) && !state.hasAccountAt(openings.tenant(i))) {
                actor.openAccount(openings.time(i), openings.tenant(i), openings.joining());
            }
        }
        life.maybeTravel(dayStart);
        routine.day(dayStart);
        life.day(dayStart);
        lookalikes.day(dayStart);
        if (day == takeoverDay && !state.accounts.isEmpty()) {
            new AccountTakeover(world).attack(r, state, state.accounts.get(0), dayStart, this);
        }
        if (day == stolenDay) {
            new StolenIdentity(world).apply(r, state.person, dayStart, this);
        }
        if (day == simSwapDay && day != takeoverDay && !state.accounts.isEmpty()) {
            new SimSwap(world).attack(r, state, state.accounts.get(0), dayStart, this);
        }
        if (day == cardTestingDay && !state.accounts.isEmpty()) {
            new CardTesting(world).attack(r, state, state.accounts.get(0), dayStart, this);
        }
        if (day == slowTakeoverDay && day != takeoverDay && day != simSwapDay && !state.accounts.isEmpty()) {
            new SlowTakeover(world).attack(r, state, state.accounts.get(0), dayStart, this);
        }
        if (day == state.cardMisuseDay()) {
            new CardFraud(world).spree(r, state, state.cardAccount(), dayStart, this);
        }
        long dayEnd = dayStart + DAY;
        while (nextMulePayment < mulePayments.size() && mulePayments.get(nextMulePayment).loginAt() < dayEnd) {
            MoneyMule.pay(actor, mulePayments.get(nextMulePayment++));
        }
        while (muleIncident != null && nextCashOut < muleIncident.cashOuts.size()
                && muleIncident.cashOuts.get(nextCashOut).loginAt() < dayEnd) {
            MoneyMule.cashOut(actor, muleIncident, muleIncident.cashOuts.get(nextCashOut++));
        }
        profiles.refreshesBefore(dayEnd, this); // last: a refresh reads the contacts the day's events left
    }

    private static boolean within(long t, long dayStart) {
        return t >= dayStart && t < dayStart + DAY;
    }

    @Override
    public void add(EventDraft draft) {
        if (draft.time() < generatingFrom) {
            throw new IllegalStateException("draft at " + draft.time() + " precedes the day being generated ("
                    + generatingFrom + "); generators must keep within DayClock.MARGIN");
        }
        if (draft.time() >= world.end) {
            return;
        }
        profiles.observe(draft);
        if (draft.label() == null && !draft.scenario().fraud() && draft.type().scored()) {
            draft.label(world.labels.legit(r, draft.type(), draft.transaction(), draft.time(), draft.looksRisky()));
        }
        long order = seq++;
        draft.seq(order);
        if (size == buffer.length) {
            buffer = Arrays.copyOf(buffer, size * 2);
            keys = Arrays.copyOf(keys, size * 2);
        }
        // both parts fit: times are within 2^31 s of the start (SourceHeap checks), seq counts one person's drafts
        keys[size] = (draft.time() - world.start) << 32 | order;
        buffer[size++] = draft;
    }
}
