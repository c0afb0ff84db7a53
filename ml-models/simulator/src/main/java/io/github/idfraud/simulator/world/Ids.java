package io.github.idfraud.simulator.world;

/**
 * Unique, random-looking identifiers from small integer slots. A keyed permutation of [0, n) (cycle walking
 * over a power-of-two bijection) maps distinct slots to distinct codes, so uniqueness needs no lookup table.
 *
 * <p>Slot ranges keep the kinds apart: people use [0, {@link #MAX_PEOPLE}); later regions are for changed
 * contact details, fraudsters and fabricated identities.
 */
public final class Ids {

    public static final int MAX_PEOPLE = 1_000_000;

    private static final long NATIONAL_ID_SPACE = 26L * 26 * 1_000_000;
    private static final long PHONE_SPACE = 1_000_000_000L;
    private static final long EMAIL_SPACE = 9_000_000L;
    private static final long ACCOUNT_SPACE = 100_000_000L;

    /** Slot regions for e-mail and phone numbers. */
    public static final long CHANGED_CONTACT_BASE = MAX_PEOPLE;
    static final long FRAUD_CONTACT_BASE = 5L * MAX_PEOPLE;
    public static final long SYNTHETIC_CONTACT_BASE = 8_200_000L;
    /** Slot regions for tenant customer numbers. */
    public static final long FRAUD_ACCOUNT_BASE = 10L * MAX_PEOPLE;
    public static final long SYNTHETIC_ACCOUNT_BASE = 20L * MAX_PEOPLE;
    /** Slot region for fabricated national IDs. */
    public static final long FABRICATED_BASE = 100L * MAX_PEOPLE;

    private final long seed;

    public Ids(long seed) {
        this.seed = seed;
    }

    /** Two letters, six digits and a check letter, like a UK National Insurance number. */
    public String nationalId(long slot) {
        long code = permute(slot, NATIONAL_ID_SPACE, 11);
        long letters = code / 1_000_000;
        long digits = code % 1_000_000;
        char check = (char) ('A' + (int) ((letters * 7 + digits) % 4));
        return "" + (char) ('A' + letters / 26) + (char) ('A' + letters % 26) + pad(digits, 6) + check;
    }

    /** A UK mobile number in E.164 form. */
    public String phone(long slot) {
        return "+447" + pad(permute(slot, PHONE_SPACE, 13), 9);
    }

    /** A seven-digit number that makes an e-mail local part unique. */
    public String emailTag(long slot) {
        return Long.toString(1_000_000 + permute(slot, EMAIL_SPACE, 17));
    }

    public String customerId(int tenantIndex, long slot) {
        return "c-" + pad(permute(slot, ACCOUNT_SPACE, 100 + tenantIndex), 8);
    }

    public String accountId(int tenantIndex, long slot) {
        return "acc-" + pad(permute(slot, ACCOUNT_SPACE, 200 + tenantIndex), 8);
    }

    private long permute(long slot, long n, long purpose) {
        if (slot < 0 || slot >= n) {
            throw new IllegalArgumentException("slot " + slot + " outside [0, " + n + ")");
        }
        int bits = 64 - Long.numberOfLeadingZeros(n - 1);
        long mask = (1L << bits) - 1;
        long key = Rng.mix(seed * 31 + purpose);
        long x = slot;
        do {
            x = round(x, mask, bits, key);
        } while (x >= n);
        return x;
    }

    /** Each step (odd multiply, xor-shift, add) is a bijection modulo 2^bits, so the composition is too. */
    private static long round(long x, long mask, int bits, long key) {
        for (int i = 0; i < 3; i++) {
            x = (x * 0x2545F4914F6CDD1DL + (key >>> (i * 16))) & mask;
            x ^= x >>> (bits / 2 + 1);
            x = (x * 0x9E3779B97F4A7C15L) & mask;
        }
        return x;
    }

    private static String pad(long value, int width) {
        String s = Long.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
