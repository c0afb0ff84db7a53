package io.github.idfraud.simulator;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Named worlds: a world is one draw of every scenario's, the legitimate population's, the labels' and the banks'
 * parameters from wide ranges, fixed by its name alone. The seed is separate, so "train on world A, judge on world
 * B with another seed" means other people AND other behaviour. The name {@value #DEFAULT} gives
 * {@link SimulationConfig#defaults}.
 */
public final class Worlds {

    public static final String DEFAULT = "default";

    private Worlds() {
    }

    public static SimulationConfig config(String name, long seed, int days, int identities) {
        SimulationConfig defaults = SimulationConfig.defaults(seed, days, identities);
        if (name.isBlank()) {
            throw new IllegalArgumentException("a world needs a name, e.g. " + DEFAULT + " or harbour");
        }
        if (DEFAULT.equals(name)) {
            return defaults;
        }
        Draw d = new Draw(name);
        // drawn in the order the parameters were added, so that a new one leaves every older one of a world as it was
        LegitParams legit = new LegitParams(d.between(0.05, 0.3), d.between(3, 8), d.between(0.002, 0.008),
                d.between(0.5, 1.0), d.rate(120, 30), d.rate(300, 80), d.rate(500, 120), d.rate(600, 150),
                d.rate(80, 20), d.rate(1000, 200), d.between(0.01, 0.1), d.between(0.3, 0.7), d.between(0.1, 0.5));
        FraudsterParams fraudsters = new FraudsterParams(d.between(10, 120), d.between(50, 400), d.between(20, 150),
                d.between(0.1, 0.7));
        StolenIdentityParams stolenIdentity = new StolenIdentityParams(d.between(0.0002, 0.0008), 2, d.between(2, 4),
                d.between(2, 14 * 24), d.between(0.2, 0.8), d.between(0.3, 0.8), d.between(0.0, 0.5));
        AccountTakeoverParams accountTakeover = new AccountTakeoverParams(d.between(0.0005, 0.002), d.between(3, 10),
                d.between(0.1, 0.7), d.between(0.1, 0.6), d.between(10, 240));
        SimSwapParams simSwap = new SimSwapParams(d.between(0.0002, 0.0008), d.between(3, 10));
        CardCompromiseParams cardCompromise = cardCompromise(d);
        SyntheticIdentityParams syntheticIdentity = syntheticIdentity(d, days);
        MoneyMuleParams moneyMule = new MoneyMuleParams(d.between(0.00005, 0.0002), d.between(3, 8), d.between(3, 6),
                d.between(7, 20), d.between(2, 6), d.between(0.2, 0.7));
        CardTestingParams cardTesting = cardTesting(d);
        SlowTakeoverParams slowTakeover = slowTakeover(d);
        double breachResetDailyRate = d.rate(800, 200);
        double largePurchaseDailyRate = d.rate(300, 80);
        double salaryBurstShare = d.between(0.1, 0.4);
        double sharedDeviceShare = d.between(0.05, 0.25);
        double movingHouseDailyRate = d.rate(1500, 400);
        DataQualityParams dataQuality = new DataQualityParams(d.between(0, 0.35), d.between(0, 0.5),
                d.between(0, 0.5));
        LabelParams labels = new LabelParams(d.between(0.05, 0.25), d.between(0.0005, 0.003), d.between(0.1, 0.4));
        LookalikeParams lookalikes = new LookalikeParams(breachResetDailyRate, largePurchaseDailyRate,
                salaryBurstShare, sharedDeviceShare, movingHouseDailyRate, d.between(0.15, 0.45), d.between(10, 60));
        return new SimulationConfig(seed, defaults.start(), days, identities, defaults.tenants(), legit, fraudsters,
                stolenIdentity, accountTakeover, simSwap, cardCompromise, syntheticIdentity, moneyMule, cardTesting,
                slowTakeover, lookalikes, dataQuality, labels);
    }

    private static CardCompromiseParams cardCompromise(Draw d) {
        int minDelay = d.between(1, 5);
        return new CardCompromiseParams(d.between(2, 8), d.between(5, 20), d.between(0.2, 0.7), minDelay,
                minDelay + d.between(3, 15));
    }

    /** Quiet spells up to months when the period allows it: some rings behave for most of the log. */
    private static SyntheticIdentityParams syntheticIdentity(Draw d, int days) {
        int minBust = d.between(5, 20);
        int longest = Math.max(minBust, Math.min(120, days - 10));
        return new SyntheticIdentityParams(d.between(3.0, 10.0), d.between(2, 4), d.between(5, 10), minBust,
                d.between(minBust, longest));
    }

    private static CardTestingParams cardTesting(Draw d) {
        int minProbes = d.between(1, 3);
        int minBurst = d.between(3, 6);
        return new CardTestingParams(d.between(0.0001, 0.0004), minProbes, minProbes + d.between(1, 6),
                d.between(1, 3), minBurst, minBurst + d.between(2, 10), d.between(30, 180), d.between(0.2, 0.8),
                d.between(0.1, 0.4));
    }

    private static SlowTakeoverParams slowTakeover(Draw d) {
        int minGap = d.between(0, 1);
        return new SlowTakeoverParams(d.between(0.0002, 0.0006), d.between(3, 10), minGap, minGap + d.between(1, 4),
                d.between(0.2, 0.7), d.between(0.4, 0.8), d.between(1, 4));
    }

    /** A random stream fixed by the world's name. */
    private static final class Draw {

        private final SplittableRandom r;

        Draw(String name) {
            long h = 0xcbf29ce484222325L;
            for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
                h = (h ^ (b & 0xff)) * 0x100000001b3L;
            }
            this.r = new SplittableRandom(h);
        }

        double between(double min, double max) {
            return min + r.nextDouble() * (max - min);
        }

        int between(int min, int max) {
            return min + r.nextInt(max - min + 1);
        }

        /** A daily rate between once in {@code rarest} days and once in {@code commonest} days. */
        double rate(int rarest, int commonest) {
            return 1.0 / between(commonest, rarest);
        }
    }
}
