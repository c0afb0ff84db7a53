package io.github.idfraud.simulator;

/**
 * {@code sim_swap}: the fraudster gets the victim's phone number moved to their SIM (the bank sees a phone
 * change), resets the password with a one-time code sent to that number, logs in and transfers money out.
 *
 * @param dailyRate      chance per person per day (after the history period) of being a victim, at most once
 * @param minHistoryDays days of normal account history before it can happen
 */
public record SimSwapParams(double dailyRate, int minHistoryDays) {

    public SimSwapParams {
        Check.share("dailyRate", dailyRate);
        Check.range("minHistoryDays", minHistoryDays, 0, 365);
    }

    public static SimSwapParams defaults() {
        return new SimSwapParams(0.0004, 7);
    }

    public SimSwapParams withDailyRate(double rate) {
        return new SimSwapParams(rate, minHistoryDays);
    }
}
