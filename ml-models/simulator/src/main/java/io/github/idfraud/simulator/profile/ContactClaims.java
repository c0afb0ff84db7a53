package io.github.idfraud.simulator.profile;

import java.util.ArrayList;
import java.util.List;

/** One contact field of an account over time: who put the value the bank holds there. */
final class ContactClaims {

    private final List<Claim> claims = new ArrayList<>(2);

    ContactClaims(Claim initial) {
        claims.add(initial);
    }

    /**
     * Adds a claim in time order. A scenario may plan a change days ahead (a slow takeover) and the holder change the
     * field meanwhile, so claims do not arrive in time order.
     */
    void add(Claim claim) {
        int i = claims.size();
        while (i > 0 && claims.get(i - 1).since() > claim.since()) {
            i--;
        }
        claims.add(i, claim);
    }

    /** The claim in force at {@code t}. */
    Claim at(long t) {
        for (int i = claims.size() - 1; i > 0; i--) {
            if (claims.get(i).since() <= t) {
                return claims.get(i);
            }
        }
        return claims.get(0);
    }
}
