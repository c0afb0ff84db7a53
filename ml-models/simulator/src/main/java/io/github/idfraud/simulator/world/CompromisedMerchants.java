package io.github.idfraud.simulator.world;

import io.github.idfraud.simulator.CardCompromiseParams;
import io.github.idfraud.simulator.SimulationConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The shops breached during the period, each for a window of time; chosen once per seed. */
public final class CompromisedMerchants {

    private record Breach(Merchant merchant, long from, long until) {
    }

    private final List<Breach> breaches = new ArrayList<>();

    public CompromisedMerchants(SimulationConfig config, MerchantCatalog merchants) {
        CardCompromiseParams params = config.cardCompromise();
        SplittableRandom r = Rng.of(config.seed(), Rng.COMPROMISES, 0);
        long start = config.start().getEpochSecond();
        long window = params.windowDays() * 86_400L;
        long latestStart = Math.max(start, config.end().getEpochSecond() - window / 2);
        for (int i = 0; i < params.merchants(); i++) {
            // breaches hit busy high streets, so pick the city the way people are spread
            Merchant shop = Rng.pick(r, merchants.shops(Cities.home(r)));
            long from = start + (long) (r.nextDouble() * (latestStart - start));
            breaches.add(new Breach(shop, from, from + window));
        }
    }

    public boolean breached(Merchant merchant, long t) {
        for (Breach b : breaches) {
            if (b.merchant == merchant && t >= b.from && t < b.until) {
                return true;
            }
        }
        return false;
    }
}
