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
                      String linkSigningKey) {

    public static Secrets generate(List<String> tenants) {
        SecureRandom random = new SecureRandom();
        Map<String, String> keys = new LinkedHashMap<>();
        for (String tenant : tenants) {
            keys.put(tenant, "bench-" + token(random, 24));
        }
        byte[] aesKey = new byte[32];
        random.nextBytes(aesKey);
        return new Secrets(Map.copyOf(keys), token(random, 36), Base64.getEncoder().encodeToString(aesKey),
                token(random, 36));
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
