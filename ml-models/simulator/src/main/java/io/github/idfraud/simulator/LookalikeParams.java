package io.github.idfraud.simulator;

/**
 * Legitimate behaviour that looks like fraud, in quantity, so that no single feature separates the classes.
 *
 * @param breachResetDailyRate   chance per person per day of reacting to a data breach: new device or not, password
 *                               reset and a new e-mail address within the hour
 * @param largePurchaseDailyRate chance per person per day of a first large online purchase at a new merchant
 *                               (a laptop, a flight), sometimes after a tiny card verification charge
 * @param salaryBurstShare       share of people who, on pay day, make a burst of several purchases in an hour
 * @param sharedDeviceShare      share of people who now and then log in on a family member's device
 * @param movingHouseDailyRate   chance per person per day of moving house: new address, then a new payee (the
 *                               landlord) with a large first transfer within days
 * @param popularPayeeShare      share of a customer's new payees that are one of the world's popular payees (a
 *                               utility, a letting agent, a school fund, a club, a tradesman) rather than a person,
 *                               so that many customers adding one payee within days is not only a mule's mark
 * @param popularPayeesPer10k    how many popular payees the world has per 10,000 people (at least five in any world)
 */
public record LookalikeParams(
        double breachResetDailyRate,
        double largePurchaseDailyRate,
        double salaryBurstShare,
        double sharedDeviceShare,
        double movingHouseDailyRate,
        double popularPayeeShare,
        int popularPayeesPer10k) {

    public LookalikeParams {
        Check.share("breachResetDailyRate", breachResetDailyRate);
        Check.share("largePurchaseDailyRate", largePurchaseDailyRate);
        Check.share("salaryBurstShare", salaryBurstShare);
        Check.share("sharedDeviceShare", sharedDeviceShare);
        Check.share("movingHouseDailyRate", movingHouseDailyRate);
        Check.share("popularPayeeShare", popularPayeeShare);
        Check.range("popularPayeesPer10k", popularPayeesPer10k, 1, 1000);
    }

    public static LookalikeParams defaults() {
        return new LookalikeParams(1.0 / 400, 1.0 / 150, 0.2, 0.1, 1.0 / 700, 0.3, 30);
    }

    public LookalikeParams withPopularPayeesPer10k(int value) {
        return new LookalikeParams(breachResetDailyRate, largePurchaseDailyRate, salaryBurstShare, sharedDeviceShare,
                movingHouseDailyRate, popularPayeeShare, value);
    }
}
