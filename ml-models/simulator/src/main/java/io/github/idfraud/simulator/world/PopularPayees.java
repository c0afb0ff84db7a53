package io.github.idfraud.simulator.world;

import io.github.idfraud.contract.Payee;
import io.github.idfraud.simulator.SimulationConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Payees that many customers pay: a utility, a letting agent, a school fund, a club, a tradesman. They make several
 * customers adding one payee within days an ordinary sight, not only a money mule's mark. Most exist before the
 * period; the rest appear during it (a new club, a tradesman starting out), so some are as young as a mule's account.
 * Read-only once built, so per-person generators can share it.
 */
public final class PopularPayees {

    /** Even the smallest world has a few, so that they are shared by several customers there too. */
    private static final int MIN_COUNT = 5;
    /** Share that exist before the period starts; the others appear on a day within it. */
    private static final double EXISTING_SHARE = 0.75;

    private record Listed(Payee payee, long liveFrom) {
    }

    /** In order of the time each becomes live, so the payees live at a time are a prefix. */
    private final List<Listed> listed;

    public PopularPayees(SimulationConfig config) {
        int count = Math.max(MIN_COUNT,
                (int) Math.round(config.identities() * (double) config.lookalikes().popularPayeesPer10k() / 10_000));
        SplittableRandom r = Rng.of(config.seed(), Rng.POPULAR_PAYEES, 0);
        long start = config.start().getEpochSecond();
        List<Listed> drawn = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Payee payee = new Payee("p-" + Rng.hex(r, 12), "GB");
            int firstDay = Rng.chance(r, EXISTING_SHARE) ? 0 : r.nextInt(config.days());
            drawn.add(new Listed(payee, start + 86_400L * firstDay));
        }
        drawn.sort(Comparator.comparingLong(Listed::liveFrom));
        this.listed = List.copyOf(drawn);
    }

    /** One of the payees live at {@code t}, each as likely; null when none is live yet. */
    public Payee liveAt(SplittableRandom r, long t) {
        int live = 0;
        while (live < listed.size() && listed.get(live).liveFrom() <= t) {
            live++;
        }
        return live == 0 ? null : listed.get(r.nextInt(live)).payee();
    }

    public int size() {
        return listed.size();
    }

    public boolean contains(String payeeId) {
        return listed.stream().anyMatch(l -> l.payee().payeeId().equals(payeeId));
    }
}
