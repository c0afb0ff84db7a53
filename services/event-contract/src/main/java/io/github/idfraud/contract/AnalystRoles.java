package io.github.idfraud.contract;

/**
 * The roles an identity provider grants the case service's users, in the token's {@code groups} claim. Named for
 * this product: an identity provider shared with other applications may well have an "analyst" group of its own,
 * and its members must not become fraud analysts by accident.
 */
public final class AnalystRoles {

    /** Works the cases of their own bank. */
    public static final String ANALYST = "fraud-analyst";

    /** Also closes anyone's case of their own bank, and exports its labels. */
    public static final String SUPERVISOR = "fraud-supervisor";

    /**
     * The platform's operators, for data-subject requests (export, erasure). Not a bank's supervisor: one person's
     * pseudonyms span every bank (a national ID, an e-mail), so such a request crosses tenants, which no bank's role may.
     */
    public static final String OPERATOR = "fraud-operator";

    private AnalystRoles() {
    }
}
