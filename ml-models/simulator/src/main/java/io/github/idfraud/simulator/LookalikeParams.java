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
 */
public record LookalikeParams(
        double breachResetDailyRate,
        double largePurchaseDailyRate,
        double salaryBurstShare,
        double sharedDeviceShare,
        double movingHouseDailyRate) {

    public LookalikeParams {
        Check.share("breachResetDailyRate", breachResetDailyRate);
        Check.share("largePurchaseDailyRate", largePurchaseDailyRate);
        Check.share("salaryBurstShare", salaryBurstShare);
        Check.share("sharedDeviceShare", sharedDeviceShare);
        Check.share("movingHouseDailyRate", movingHouseDailyRate);
    }

    public static LookalikeParams defaults() {
        return new LookalikeParams(1.0 / 400, 1.0 / 150, 0.2, 0.1, 1.0 / 700);
    }
}
