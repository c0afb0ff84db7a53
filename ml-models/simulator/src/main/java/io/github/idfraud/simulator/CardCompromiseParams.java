package io.github.idfraud.simulator;

/**
 * {@code card_compromise}: a few shops are breached for a while (skimmer, hacked terminal); cards used there
 * then are sold and, days later, drained through a burst of card-not-present purchases.
 *
 * @param merchants   shops breached during the period
 * @param windowDays  how long each breach lasts
 * @param theftShare  share of cards used at a breached shop during the breach that are later misused
 * @param minDelayDays fewest days between the breach visit and the misuse
 * @param maxDelayDays most days between the breach visit and the misuse
 */
public record CardCompromiseParams(int merchants, int windowDays, double theftShare, int minDelayDays, int maxDelayDays) {

    public CardCompromiseParams {
        Check.range("merchants", merchants, 0, 1_000);
        Check.range("windowDays", windowDays, 1, 365);
        Check.share("theftShare", theftShare);
        Check.range("minDelayDays", minDelayDays, 1, 365);
        Check.range("maxDelayDays", maxDelayDays, 1, 365);
        Check.ordered("minDelayDays", minDelayDays, "maxDelayDays", maxDelayDays);
    }

    public static CardCompromiseParams defaults() {
        return new CardCompromiseParams(4, 10, 0.5, 2, 12);
    }

    public CardCompromiseParams withMerchants(int count) {
        return new CardCompromiseParams(count, windowDays, theftShare, minDelayDays, maxDelayDays);
    }
}
