package io.github.idfraud.models;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Precision at k per day: each day analysts review the k customers with the highest score (a customer's score is
 * the maximum over that day's events; a customer is FRAUD that day when any of those events is).
 *
 * @param capacity            k, customers reviewed per day
 * @param days                days with at least one event
 * @param meanDailyPrecision  mean over days of FRAUD customers among those reviewed: the precision at k
 * @param pooledPrecision     FRAUD customers found over customers reviewed, all days pooled
 * @param customersReviewed   customer-days reviewed (k a day, fewer on quiet days)
 * @param fraudCustomersFound FRAUD customer-days among them
 * @param fraudCustomerDays   FRAUD customer-days in the period
 * @param recall              share of the FRAUD customer-days that the daily review finds
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DailyReview(int capacity, int days, double meanDailyPrecision, double pooledPrecision,
                          long customersReviewed, long fraudCustomersFound, long fraudCustomerDays, double recall) {

    DailyReview rounded() {
        return new DailyReview(capacity, days, Rounding.round(meanDailyPrecision), Rounding.round(pooledPrecision),
                customersReviewed, fraudCustomersFound, fraudCustomerDays, Rounding.round(recall));
    }
}
