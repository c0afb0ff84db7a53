package io.github.idfraud.harness;

/** A PostgreSQL user and its password, as one of our services logs in. */
public record DatabaseLogin(String user, String password) {

    /**
     * A login on a trust-authentication server (ours on loopback), which ignores passwords; Quarkus still takes an
     * empty one for none at all, so a placeholder stands in.
     */
    public static DatabaseLogin trusted(String user) {
        return new DatabaseLogin(user, "ignored-by-trust-authentication");
    }
}
