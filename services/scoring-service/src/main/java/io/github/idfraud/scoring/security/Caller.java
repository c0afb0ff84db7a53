package io.github.idfraud.scoring.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The tenant whose API key authenticated the current request (see {@link ApiKeyIdentityProvider}). */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String tenant() {
        if (identity.isAnonymous() || !identity.hasRole(Roles.TENANT)) {
            throw new IllegalStateException("request was not authenticated with a tenant key");
        }
        return identity.getPrincipal().getName();
    }
}
