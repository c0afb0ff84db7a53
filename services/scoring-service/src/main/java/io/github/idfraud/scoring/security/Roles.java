package io.github.idfraud.scoring.security;

/** The roles an API key grants: a tenant key the public API, the admin key {@code /admin}. */
public final class Roles {

    /** A bank calling the v1 API; the principal's name is the tenant. */
    public static final String TENANT = "tenant";

    /** An operator calling {@code /admin} with FRAUD_ADMIN_KEY. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
