package io.github.idfraud.loadgen.suite;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Throwaway secrets for one suite run, never written anywhere but the children's environment. A fresh
 * pseudonymisation key also means the run's pseudonyms can never collide with real data in the same Redis.
 */
public record Secrets(Map<String, String> tenantKeys, String pseudonymisationKey, String contactEncryptionKey,
                      String linkSigningKey, String vaultKey) {

    public static Secrets generate(List<String> tenants) {
        SecureRandom random = new SecureRandom();
        Map<String, String> keys = new LinkedHashMap<>();
        for (String tenant : tenants) {
            keys.put(tenant, "bench-" + token(random, 24));
        }
        return new Secrets(Map.copyOf(keys), token(random, 36), aesKey(random), token(random, 36), aesKey(random));
    }

    /** Base64 of 32 random bytes, as an AES-256 key setting takes it. */
    private static String aesKey(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static String token(SecureRandom random, int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    @Override
    public String toString() {
        return "Secrets[tenants=" + tenantKeys.keySet() + ", values hidden]";
    }
}
