package io.github.idfraud.simulator.world;

import io.github.idfraud.contract.LoginMethod;
import io.github.idfraud.contract.Payee;
import java.util.List;

/**
 * How one person banks. Amounts are in the tenant currency.
 *
 * @param loginPropensity chance of logging in on a weekday
 * @param paymentsPerDay  mean card and transfer payments per day
 * @param medianAmount    median card payment; payments are log-normal around it
 * @param amountSigma     spread of the log-normal
 * @param hourShift       chronotype: hours added to the population's activity curve
 * @param loginMethod     the usual way of authenticating
 * @param rentAmount      monthly rent transfer, 0 when none
 * @param rentDay         day of month the rent goes out
 * @param balance         typical account balance, what a takeover drains
 * @param travelAffinity  multiplier on the travel rate
 * @param vpnUser         sometimes banks through a VPN exit abroad
 * @param payees          people paid regularly
 * @param shops           favourite shops in the home city
 * @param onlineShops     favourite online merchants
 */
public record Habits(double loginPropensity, double paymentsPerDay, double medianAmount, double amountSigma,
              int hourShift, LoginMethod loginMethod, double rentAmount, int rentDay, double balance,
              double travelAffinity, boolean vpnUser, List<Payee> payees, List<Merchant> shops,
              List<Merchant> onlineShops) {
}
