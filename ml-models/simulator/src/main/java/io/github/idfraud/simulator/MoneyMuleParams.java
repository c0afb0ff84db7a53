package io.github.idfraud.simulator;

/**
 * {@code money_mule}: a customer recruited as a money mule. Within a few days their account receives first-time
 * transfers from many different customers (victims of purchase, romance or investment scams, paying from their own
 * devices), and within hours of each one the money moves on: a transfer to an onward account, sometimes cash.
 *
 * @param dailyRate        chance per person per day (after the history period) of being recruited, at most once
 * @param minHistoryDays   days the mule's account exists before it starts receiving; recruiting starts this many
 *                         days after the {@link LegitParams#openingSpreadDays() opening days} at the start
 * @param minSenders       fewest different customers paying one mule
 * @param maxSenders       most different customers paying one mule
 * @param windowDays       the incoming transfers fall within this many days
 * @param controllerShare  share of mules whose login was handed to the controller, who then moves the money out
 *                         from a fraudster device; the other mules do it from their own phone
 */
public record MoneyMuleParams(
        double dailyRate,
        int minHistoryDays,
        int minSenders,
        int maxSenders,
        int windowDays,
        double controllerShare) {

    public MoneyMuleParams {
        Check.share("dailyRate", dailyRate);
        Check.range("minHistoryDays", minHistoryDays, 0, 365);
        Check.range("minSenders", minSenders, 2, 100);
        Check.range("maxSenders", maxSenders, 2, 100);
        Check.ordered("minSenders", minSenders, "maxSenders", maxSenders);
        Check.range("windowDays", windowDays, 1, 30);
        Check.share("controllerShare", controllerShare);
    }

    public static MoneyMuleParams defaults() {
        return new MoneyMuleParams(0.0001, 5, 5, 15, 4, 0.4);
    }

    public MoneyMuleParams withDailyRate(double rate) {
        return new MoneyMuleParams(rate, minHistoryDays, minSenders, maxSenders, windowDays, controllerShare);
    }
}
