package io.github.idfraud.features;

/**
 * The identifiers the engine keeps windows for. Tenant-scoped kinds are pseudonymised together with the tenant,
 * so one bank's customer or payee ids never meet another's; the others are shared across tenants (consortium).
 */
public enum IdentifierKind {
    NATIONAL_ID("n", false),
    EMAIL("e", false),
    PHONE("p", false),
    ADDRESS("a", false),
    DEVICE("d", false),
    IP("i", false),
    CUSTOMER("c", true),
    COUNTERPARTY("x", true),
    /** A card or other payment instrument, by the bank's reference (a token, never the card number). */
    CARD("k", true),
    /**
     * The account a transfer goes to or a new payee names ({@code payee.payeeId}, a transfer's
     * {@code counterpartyId}). Shared across banks: when banks send the account's own identifier (IBAN, or sort code
     * and account number), one mule account paid from several banks is one identifier.
     */
    PAYEE_ACCOUNT("y", false);

    private final String code;
    private final boolean tenantScoped;
    /** Named once: every alert and stored answer names its identity keys. */
    private final String jsonName;

    IdentifierKind(String code, boolean tenantScoped) {
        this.code = code;
        this.tenantScoped = tenantScoped;
        this.jsonName = lowerCamel(name());
    }

    /** One-letter code used in Redis keys and HMAC input. */
    public String code() {
        return code;
    }

    public boolean tenantScoped() {
        return tenantScoped;
    }

    /** Lower camel name used in alert entries, e.g. {@code nationalId}. */
    public String jsonName() {
        return jsonName;
    }

    private static String lowerCamel(String constant) {
        String[] parts = constant.toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return sb.toString();
    }
}
