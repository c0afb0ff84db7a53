package io.github.idfraud.simulator.world;

/** A customer relationship at one tenant: the ids that tenant knows the customer by. */
public record Account(int tenantIndex, String tenant, String customerId, String accountId, long openedAt) {
}
