package io.github.idfraud.simulator;

/**
 * {@code account_takeover}: after normal history, a login from a new device far away, a password reset or
 * contact change, a new (mule) payee and a transfer draining most of the balance, all within minutes.
 *
 * @param dailyRate             chance per person per day (after the history period) of being taken over, at most once
 * @param minHistoryDays        days of normal account history before a takeover can happen
 * @param failedBurstShare      share of takeovers that start with a burst of failed logins
 * @param domesticAttackerShare share of takeovers from another city in the victim's own country
 * @param maxChainMinutes       the chain from successful login to the last transfer fits in this many minutes
 */
public record AccountTakeoverParams(
        double dailyRate,
        int minHistoryDays,
        double failedBurstShare,
        double domesticAttackerShare,
        int maxChainMinutes) {

    public AccountTakeoverParams {
        Check.share("dailyRate", dailyRate);
        Check.range("minHistoryDays", minHistoryDays, 0, 365);
        Check.share("failedBurstShare", failedBurstShare);
        Check.share("domesticAttackerShare", domesticAttackerShare);
        Check.range("maxChainMinutes", maxChainMinutes, 5, 24 * 60);
    }

    public static AccountTakeoverParams defaults() {
        return new AccountTakeoverParams(0.0012, 7, 0.5, 0.25, 30);
    }

    public AccountTakeoverParams withDailyRate(double rate) {
        return new AccountTakeoverParams(rate, minHistoryDays, failedBurstShare, domesticAttackerShare, maxChainMinutes);
    }
}
