package io.github.idfraud.simulator;

/**
 * {@code card_testing}: a card's details (from a breach elsewhere, not from our simulated shops) are checked with
 * tiny card-not-present probes at a few merchants, then, once they work, spent in a burst across many merchants.
 *
 * @param dailyRate          chance per person per day of their card being tested, at most once
 * @param minProbes          fewest tiny probe purchases
 * @param maxProbes          most tiny probe purchases
 * @param probeMerchants     the probes go to at most this many merchants
 * @param minBurst           fewest purchases in the burst
 * @param maxBurst           most purchases in the burst (each at a different merchant where the catalogue allows)
 * @param maxBurstMinutes    the burst fits in this many minutes after the last probe
 * @param sharedDeviceShare  share of incidents run from a pooled fraudster device (the others from a fresh one)
 * @param victimCityShare    share of incidents whose network location is the victim's own city
 */
public record CardTestingParams(
        double dailyRate,
        int minProbes,
        int maxProbes,
        int probeMerchants,
        int minBurst,
        int maxBurst,
        int maxBurstMinutes,
        double sharedDeviceShare,
        double victimCityShare) {

    public CardTestingParams {
        Check.share("dailyRate", dailyRate);
        Check.range("minProbes", minProbes, 0, 50);
        Check.range("maxProbes", maxProbes, 0, 50);
        Check.ordered("minProbes", minProbes, "maxProbes", maxProbes);
        Check.range("probeMerchants", probeMerchants, 1, 20);
        Check.range("minBurst", minBurst, 1, 100);
        Check.range("maxBurst", maxBurst, 1, 100);
        Check.ordered("minBurst", minBurst, "maxBurst", maxBurst);
        Check.range("maxBurstMinutes", maxBurstMinutes, 5, 24 * 60);
        Check.share("sharedDeviceShare", sharedDeviceShare);
        Check.share("victimCityShare", victimCityShare);
    }

    public static CardTestingParams defaults() {
        return new CardTestingParams(0.0002, 2, 6, 3, 4, 12, 90, 0.5, 0.2);
    }

    public CardTestingParams withDailyRate(double rate) {
        return new CardTestingParams(rate, minProbes, maxProbes, probeMerchants, minBurst, maxBurst, maxBurstMinutes,
                sharedDeviceShare, victimCityShare);
    }
}
