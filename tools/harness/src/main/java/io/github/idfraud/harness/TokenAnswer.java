package io.github.idfraud.harness;

/**
 * What Keycloak's token endpoint answered a password grant: on 200 the access and ID tokens (compact JWTs), otherwise
 * the status and Keycloak's error code (e.g. 401 {@code invalid_grant}).
 */
public record TokenAnswer(int statusCode, String accessToken, String idToken, String error) {

    public boolean ok() {
        return statusCode == 200;
    }
}
