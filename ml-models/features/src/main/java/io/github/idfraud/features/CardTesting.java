package io.github.idfraud.features;

import io.github.idfraud.contract.Transaction;
import java.math.BigDecimal;

/**
 * What counts as a card-testing probe and as the large payment it prepares, in units of the event's own currency
 * (the engine converts no currencies: thresholds suit GBP, EUR and USD alike, less so currencies of much smaller units).
 */
final class CardTesting {

    /** A payment of at most this is small: fraudsters test stolen card details with amounts like these. */
    static final BigDecimal SMALL_AMOUNT = new BigDecimal("5");
    /** A payment of at least this is large enough to be what the probes were for. */
    static final BigDecimal LARGE_AMOUNT = new BigDecimal("100");

    private CardTesting() {
    }

    static boolean isSmall(Transaction tx) {
        return tx.amount().compareTo(SMALL_AMOUNT) <= 0;
    }

    static boolean isLarge(Transaction tx) {
        return tx.amount().compareTo(LARGE_AMOUNT) >= 0;
    }
}
