package io.github.idfraud.scoring.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer key presented to one realm: tenant keys open the v1 API, only the admin key opens {@code /admin}. */
public final class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

    /** Where a key is presented decides which keys it is compared with. */
    public enum Realm {
        TENANT, ADMIN
    }

    private final String key;
    private final Realm realm;

    public ApiKeyAuthenticationRequest(String key, Realm realm) {
        this.key = key;
        this.realm = realm;
    }

    public String key() {
        return key;
    }

    public Realm realm() {
        return realm;
    }
}
