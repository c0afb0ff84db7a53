package io.github.idfraud.simulator.profile;

import io.github.idfraud.contract.ContactChange;
import io.github.idfraud.simulator.World;
import io.github.idfraud.simulator.legit.CustomerState;
import io.github.idfraud.simulator.legit.Openings;
import io.github.idfraud.simulator.pipeline.DraftSink;
import io.github.idfraud.simulator.pipeline.EventDraft;
import io.github.idfraud.simulator.world.Account;
import io.github.idfraud.simulator.world.Ids;
import io.github.idfraud.simulator.world.Rng;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * The verified profile refreshes the banks of one source (a person's timeline, a synthetic ring) send: for every
 * account a first one soon after it exists, then one every 20-40 days, and one within hours of a contact change the
 * bank verified. It learns of accounts and changes by watching the source's drafts, so no generator has to tell it;
 * its own random stream leaves every other event as it was.
 */
public final class VerifiedProfiles {

    private static final int HOUR = 3600;
    private static final int DAY = 86_400;
    /** Customers who bank already when the period starts get their first refresh within its first two days. */
    private static final int FIRST_REFRESH_WINDOW = 2 * DAY;
    /** Share of those whose bank has known them less than 90 days (the scoring service's "known long enough"). */
    private static final double RECENT_CUSTOMER_SHARE = 0.05;
    /**
     * Share of a fraudster's contact changes the bank verifies: the fraudster reads the code sent to the e-mail or
     * phone just captured. Otherwise the bank's check fails or reaches the holder, and it sends no profile until the
     * holder puts their own contact back.
     */
    private static final double FOOLED_SHARE = 0.5;

    private final SplittableRandom r;
    private final long periodStart;
    /** The person whose accounts these are; null for a synthetic ring, whose accounts all belong to fraudsters. */
    private final CustomerState holder;
    private final List<AccountProfile> profiles = new ArrayList<>(2);
    /** Accounts opened in someone else's name that nobody has logged into yet: the bank verifies used accounts only. */
    private final List<AccountProfile> unused = new ArrayList<>(0);
    private final PriorityQueue<Refresh> due = new PriorityQueue<>(VerifiedProfiles::earlier);
    private long seq;

    /** @param periodic whether sending it schedules the next periodic refresh of the account */
    private record Refresh(long time, long seq, AccountProfile profile, boolean periodic) {
    }

    private VerifiedProfiles(SplittableRandom r, long periodStart, CustomerState holder) {
        this.r = r;
        this.periodStart = periodStart;
        this.holder = holder;
    }

    /** A person's banks; the accounts they hold before the period starts are known from the outset. */
    public static VerifiedProfiles ofCustomer(World world, CustomerState holder, Openings openings) {
        int index = holder.person.index();
        VerifiedProfiles profiles = new VerifiedProfiles(Rng.of(world.config.seed(), Rng.PROFILES, index), world.start,
                holder);
        if (!openings.joining()) {
            for (int i = 0; i < openings.count(); i++) {
                profiles.heldBeforePeriod(world.account(openings.tenant(i), index, openings.time(i)));
            }
        }
        return profiles;
    }

    /** The banks where a synthetic-identity ring has accounts; ring streams follow the people's. */
    public static VerifiedProfiles ofRing(World world, int ring) {
        return new VerifiedProfiles(Rng.of(world.config.seed(), Rng.PROFILES, Ids.MAX_PEOPLE + ring), world.start, null);
    }

    /** An account the person had before the period: known for 1-20 years (a few for weeks), refreshed early on. */
    private void heldBeforePeriod(Account account) {
        int daysKnown = Rng.chance(r, RECENT_CUSTOMER_SHARE) ? Rng.between(r, 1, 89) : Rng.between(r, 365, 20 * 365);
        AccountProfile profile = AccountProfile.ofHolder(account, holder, day(periodStart).minusDays(daysKnown));
        profiles.add(profile);
        schedule(profile, periodStart + r.nextInt(FIRST_REFRESH_WINDOW), true);
    }

    /** Learns from a draft of the source: an opening, a login that puts an account to use, a contact change. */
    public void observe(EventDraft draft) {
        switch (draft.type()) {
            case ACCOUNT_OPENING -> opened(draft);
            case LOGIN -> {
                if (!unused.isEmpty()) {
                    used(draft.account());
                }
            }
            case CONTACT_CHANGE -> changed(draft);
            default -> { }
        }
    }

    private void opened(EventDraft opening) {
        if (find(profiles, opening.account()) != null) {
            return; // held before the period: known and scheduled from the outset
        }
        if (opening.scenario().fraud()) {
            unused.add(AccountProfile.ofApplication(opening, day(opening.time())));
            return;
        }
        AccountProfile profile = AccountProfile.ofHolder(opening.account(), holder, day(opening.time()));
        profiles.add(profile);
        firstRefresh(profile);
    }

    private void used(Account account) {
        AccountProfile profile = find(unused, account);
        if (profile != null) {
            unused.remove(profile);
            profiles.add(profile);
            firstRefresh(profile);
        }
    }

    /** Within hours of the opening: the new customer confirms the e-mail and phone they gave. */
    private void firstRefresh(AccountProfile profile) {
        schedule(profile, profile.account.openedAt() + Rng.between(r, HOUR, 8 * HOUR), true);
    }

    private void changed(EventDraft draft) {
        ContactChange change = draft.contactChange();
        AccountProfile profile = find(profiles, draft.account());
        ContactClaims claims = profile == null ? null : profile.claims(change.field());
        if (claims == null) {
            return; // an address, or an account no bank here verifies
        }
        long t = draft.time();
        if (!draft.fraudsterContacts().contains(change.newValue())) {
            claims.add(Claim.holders(t));
            schedule(profile, t + Rng.between(r, HOUR / 2, 6 * HOUR), false);
            return;
        }
        boolean fooled = Rng.chance(r, FOOLED_SHARE);
        claims.add(Claim.fraudsters(t, change.newValue(), draft.scenario(), fooled));
        if (fooled) {
            schedule(profile, t + Rng.between(r, 5 * 60, 6 * HOUR), false);
        }
    }

    /**
     * Hands {@code sink} every refresh due before {@code until}. A refresh reads the contacts in force at its time,
     * so call this once every draft before {@code until} has been observed.
     */
    public void refreshesBefore(long until, DraftSink sink) {
        while (!due.isEmpty() && due.peek().time() < until) {
            Refresh next = due.poll();
            AccountProfile profile = next.profile();
            if (next.time() >= profile.closesAt) {
                continue; // the bank closed the account as fraud: no more refreshes
            }
            EventDraft refresh = profile.refreshAt(next.time());
            if (refresh != null) {
                sink.add(refresh);
            }
            if (next.periodic()) {
                schedule(profile, next.time() + Rng.between(r, 20 * DAY, 40 * DAY), true);
            }
        }
    }

    private void schedule(AccountProfile profile, long t, boolean periodic) {
        due.add(new Refresh(t, seq++, profile, periodic));
    }

    private static AccountProfile find(List<AccountProfile> in, Account account) {
        for (AccountProfile profile : in) {
            if (profile.account.tenantIndex() == account.tenantIndex()
                    && profile.account.accountId().equals(account.accountId())) {
                return profile;
            }
        }
        return null;
    }

    private static int earlier(Refresh a, Refresh b) {
        int byTime = Long.compare(a.time(), b.time());
        return byTime != 0 ? byTime : Long.compare(a.seq(), b.seq());
    }

    private static LocalDate day(long epochSecond) {
        return LocalDate.ofEpochDay(Math.floorDiv(epochSecond, DAY));
    }
}
