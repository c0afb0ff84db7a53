package io.github.idfraud.cases.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a per-tenant setting written like {@code FRAUD_API_KEYS}: {@code tenant:value} pairs, comma-separated. The
 * first colon ends the tenant, so values may hold colons (URLs). Errors name the setting and the tenant, never a value.
 */
final class TenantPairs {

    private TenantPairs() {
    }

    static Map<String, String> parse(String setting, String text) {
        Map<String, String> byTenant = new LinkedHashMap<>();
        if (text == null) {
            return byTenant;
        }
        int position = 0;
        for (String pair : text.split(",")) {
            position++;
            String trimmed = pair.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int colon = trimmed.indexOf(':');
            if (colon <= 0 || colon == trimmed.length() - 1) {
                throw new IllegalStateException(setting + ": entry " + position + " must look like tenant:value");
            }
            String tenant = trimmed.substring(0, colon).trim();
            if (byTenant.put(tenant, trimmed.substring(colon + 1).trim()) != null) {
                throw new IllegalStateException(setting + ": tenant " + tenant + " is listed twice");
            }
        }
        return byTenant;
    }
}
