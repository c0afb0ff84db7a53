package io.github.idfraud.simulator;

/**
 * {@code synthetic_identity}: rings of fabricated people (made-up national IDs) sharing phones, addresses and
 * devices open accounts, keep a thin, well-behaved history for weeks, then bust out: max out transfers,
 * online purchases and cash on the same day.
 *
 * @param ringsPer10k     rings per 10,000 simulated people
 * @param minMembers      fewest fabricated identities in a ring
 * @param maxMembers      most fabricated identities in a ring
 * @param minBustOutDays  fewest days from a ring's last opening to its bust-out
 * @param maxBustOutDays  most days from a ring's last opening to its bust-out
 */
public record SyntheticIdentityParams(double ringsPer10k, int minMembers, int maxMembers, int minBustOutDays,
                                      int maxBustOutDays) {

    public SyntheticIdentityParams {
        if (!(ringsPer10k >= 0 && ringsPer10k <= 10_000)) {
            throw new IllegalArgumentException("ringsPer10k must be between 0 and 10000, got " + ringsPer10k);
        }
        Check.range("minMembers", minMembers, 2, 10);
        Check.range("maxMembers", maxMembers, 2, 10);
        Check.ordered("minMembers", minMembers, "maxMembers", maxMembers);
        Check.range("minBustOutDays", minBustOutDays, 1, 365);
        Check.range("maxBustOutDays", maxBustOutDays, 1, 365);
        Check.ordered("minBustOutDays", minBustOutDays, "maxBustOutDays", maxBustOutDays);
    }

    public static SyntheticIdentityParams defaults() {
        return new SyntheticIdentityParams(6, 3, 8, 10, 20);
    }

    public SyntheticIdentityParams withRingsPer10k(double rings) {
        return new SyntheticIdentityParams(rings, minMembers, maxMembers, minBustOutDays, maxBustOutDays);
    }
}
