package io.github.idfraud.scoring.security;

import jakarta.enterprise.context.RequestScoped;

/** The tenant whose API key authenticated the current request. */
@RequestScoped
public class Caller {

    private String tenant;

    void authenticatedAs(String tenant) {
        this.tenant = tenant;
    }

    public String tenant() {
        if (tenant == null) {
            throw new IllegalStateException("request was not authenticated");
        }
        return tenant;
    }
}
