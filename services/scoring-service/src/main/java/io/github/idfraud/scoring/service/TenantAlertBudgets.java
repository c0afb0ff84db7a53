package io.github.idfraud.scoring.service;

import io.github.idfraud.contract.TenantPairs;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Each tenant's alert budget: the share of its events it wants sent to REVIEW or DECLINE. Parsed once at start-up
 * from {@code tenant:share} pairs ({@link TenantPairs}); a malformed pair stops the service with a message naming it.
 */
final class TenantAlertBudgets {

    private final Map<String, Double> byTenant = new HashMap<>();
    private final OptionalDouble fallback;

    TenantAlertBudgets(OptionalDouble fallback, Optional<String> pairs) {
        this.fallback = fallback;
        fallback.ifPresent(share -> requireShare("fraud.decision.alert-budget", share));
        for (var entry : TenantPairs.parse("fraud.decision.alert-budgets", pairs, "bank-a:0.005")) {
            String tenant = entry.getKey();
            String value = entry.getValue();
            double share;
            try {
                share = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("fraud.decision.alert-budgets: the share of " + tenant
                        + " is not a number: '" + value + "'");
            }
            byTenant.put(tenant, requireShare("fraud.decision.alert-budgets (" + tenant + ")", share));
        }
    }

    /** The tenant's budget, else the configured default, else {@code cardDefault}. */
    double of(String tenant, double cardDefault) {
        Double own = tenant == null ? null : byTenant.get(tenant);
        return own != null ? own : fallback.orElse(cardDefault);
    }

    private static double requireShare(String what, double share) {
        if (!(share > 0 && share < 1)) {
            throw new IllegalArgumentException(what + " must be a share between 0 and 1 (exclusive), got " + share);
        }
        return share;
    }
}
