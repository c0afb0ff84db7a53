package io.github.idfraud.contract;

/** How a customer authenticated. */
public enum LoginMethod {
    PASSWORD,
    ONE_TIME_CODE,
    BIOMETRIC,
    PASSKEY,
    SSO
}
