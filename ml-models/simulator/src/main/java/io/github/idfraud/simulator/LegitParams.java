package io.github.idfraud.simulator;

/**
 * Legitimate behaviour. Daily rates are per person per day; each person's own habits vary around them.
 *
 * @param secondBankShare         share of people who already bank at a second tenant when the period starts
 * @param openingSpreadDays       people who bank already when the period starts have their accounts' openings
 *                                spread over this many days at the start (their history begins there)
 * @param joinDailyRate           new customers per day, as a share of the population: they join on days spread
 *                                evenly over the whole period, with one account. At most half the population joins
 *                                during a period, so a long period spreads that half more thinly
 * @param weekendActivity         weekend activity relative to a weekday (logins and payments)
 * @param travelDailyRate         chance per day of starting a trip (2-7 days, domestic or abroad)
 * @param passwordResetDailyRate  chance per day of a forgotten password (failed logins, reset, login)
 * @param contactChangeDailyRate  chance per day of a new e-mail, phone or address
 * @param newDeviceDailyRate      chance per day of replacing a device (phone upgrade)
 * @param newPayeeDailyRate       chance per day of adding a payee (often paid right away, sometimes a lot)
 * @param newBankDailyRate        chance per day of opening an account at another tenant (sometimes two within days)
 * @param typoLoginShare          share of logins preceded by a failed attempt
 * @param rentPayerShare          share of people paying a large monthly rent transfer
 * @param vpnShare                share of online sessions of a VPN user that go through a VPN exit abroad
 */
public record LegitParams(
        double secondBankShare,
        int openingSpreadDays,
        double joinDailyRate,
        double weekendActivity,
        double travelDailyRate,
        double passwordResetDailyRate,
        double contactChangeDailyRate,
        double newDeviceDailyRate,
        double newPayeeDailyRate,
        double newBankDailyRate,
        double typoLoginShare,
        double rentPayerShare,
        double vpnShare) {

    public LegitParams {
        Check.share("secondBankShare", secondBankShare);
        Check.range("openingSpreadDays", openingSpreadDays, 1, 365);
        Check.share("joinDailyRate", joinDailyRate);
        Check.share("weekendActivity", weekendActivity);
        Check.share("travelDailyRate", travelDailyRate);
        Check.share("passwordResetDailyRate", passwordResetDailyRate);
        Check.share("contactChangeDailyRate", contactChangeDailyRate);
        Check.share("newDeviceDailyRate", newDeviceDailyRate);
        Check.share("newPayeeDailyRate", newPayeeDailyRate);
        Check.share("newBankDailyRate", newBankDailyRate);
        Check.share("typoLoginShare", typoLoginShare);
        Check.share("rentPayerShare", rentPayerShare);
        Check.share("vpnShare", vpnShare);
    }

    public static LegitParams defaults() {
        return new LegitParams(0.15, 5, 0.004, 0.7, 1.0 / 60, 1.0 / 150, 1.0 / 250, 1.0 / 300, 1.0 / 40, 1.0 / 500,
                0.04, 0.5, 0.3);
    }

    /** Most of the population that joins during one period; the others hold their accounts when it starts. */
    static final double MAX_JOINING_SHARE = 0.5;

    /** Share of the population whose first account is opened during a period of {@code days} days. */
    public double joiningShare(int days) {
        return Math.min(MAX_JOINING_SHARE, joinDailyRate * days);
    }

    public LegitParams withJoinDailyRate(double rate) {
        return new LegitParams(secondBankShare, openingSpreadDays, rate, weekendActivity, travelDailyRate,
                passwordResetDailyRate, contactChangeDailyRate, newDeviceDailyRate, newPayeeDailyRate, newBankDailyRate,
                typoLoginShare, rentPayerShare, vpnShare);
    }
}
