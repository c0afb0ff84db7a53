package io.github.idfraud.simulator;

/**
 * The shared fraudster infrastructure. Small pools make the same device, mule or drop address show up
 * across victims, which is what link-based features look for.
 *
 * @param devices            fraudster devices shared across all incidents
 * @param mulePayees         mule accounts receiving stolen money
 * @param dropAddresses      addresses fraudsters give instead of the victim's
 * @param reusedContactShare share of incidents reusing a pooled fraudster e-mail and phone instead of fresh ones
 */
public record FraudsterParams(int devices, int mulePayees, int dropAddresses, double reusedContactShare) {

    public FraudsterParams {
        Check.range("devices", devices, 1, 100_000);
        Check.range("mulePayees", mulePayees, 1, 100_000);
        Check.range("dropAddresses", dropAddresses, 1, 100_000);
        Check.share("reusedContactShare", reusedContactShare);
    }

    public static FraudsterParams defaults() {
        return new FraudsterParams(40, 150, 60, 0.4);
    }
}
