package io.github.idfraud.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings that give one value per tenant as {@code tenant:value,...} (API keys, alert budgets, bank webhooks). The tenant ends at
 * the first colon, so a value may hold colons; blank entries are skipped; a malformed one stops start-up with a
 * message naming the setting and showing the expected form, never the value itself (it may be a secret).
 */
public final class TenantPairs {

    private TenantPairs() {
    }

    /**
     * @param setting what the operator set, for the message, e.g. {@code FRAUD_API_KEYS}
     * @param example a well-formed entry, e.g. {@code bank-a:0.005}
     * @return the entries in the order given; a tenant may be named more than once (two API keys while one rotates)
     */
    public static List<Map.Entry<String, String>> parse(String setting, Optional<String> raw, String example) {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        for (String entry : raw.orElse("").split(",")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int colon = trimmed.indexOf(':');
            if (colon <= 0 || colon == trimmed.length() - 1) {
                throw new IllegalArgumentException(setting + " entries must look like tenant:value, e.g. " + example);
            }
            entries.add(Map.entry(trimmed.substring(0, colon).strip(), trimmed.substring(colon + 1).strip()));
        }
        return entries;
    }

    /** As {@link #parse}, for settings with one value per tenant: a tenant named twice is refused, naming it. */
    public static Map<String, String> unique(String setting, Optional<String> raw, String example) {
        Map<String, String> byTenant = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : parse(setting, raw, example)) {
            if (byTenant.put(entry.getKey(), entry.getValue()) != null) {
                throw new IllegalArgumentException(setting + ": tenant " + entry.getKey() + " is listed twice");
            }
        }
        return byTenant;
    }
}
