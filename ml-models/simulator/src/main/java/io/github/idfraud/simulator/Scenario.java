package io.github.idfraud.simulator;

/** Ground truth written with each simulated event: {@code legit} or the fraud scenario that produced it. */
public enum Scenario {
    LEGIT("legit"),
    STOLEN_IDENTITY("stolen_identity"),
    ACCOUNT_TAKEOVER("account_takeover"),
    SIM_SWAP("sim_swap"),
    CARD_COMPROMISE("card_compromise"),
    SYNTHETIC_IDENTITY("synthetic_identity"),
    MONEY_MULE("money_mule"),
    CARD_TESTING("card_testing"),
    SLOW_TAKEOVER("slow_takeover");

    private final String id;

    Scenario(String id) {
        this.id = id;
    }

    /** The name in the event log's {@code scenario} field. */
    public String id() {
        return id;
    }

    public boolean fraud() {
        return this != LEGIT;
    }
}
