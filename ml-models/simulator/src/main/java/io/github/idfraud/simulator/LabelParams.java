package io.github.idfraud.simulator;

/**
 * How fraud, and some of what only looked like fraud, becomes known. FRAUD delays by source: CONSUMER 1-10 days,
 * CASE 2-5 days, CHARGEBACK 7-60 days. LEGIT labels: CONSUMER 1 hour-3 days, CASE 1-5 days.
 *
 * @param unlabelledShare share of fraud incidents nobody ever reports
 * @param falseFraudRate  share of legitimate events that still get a FRAUD label (mistakes, friendly fraud)
 * @param clearedShare    share of risky-looking legitimate events (login from a new device, contact change, large
 *                        first payment to a new payee, opening by a new applicant or at another bank) that get a
 *                        LEGIT label: the customer answered "yes, this was me" or an analyst cleared the case
 */
public record LabelParams(double unlabelledShare, double falseFraudRate, double clearedShare) {

    public LabelParams {
        Check.share("unlabelledShare", unlabelledShare);
        Check.share("falseFraudRate", falseFraudRate);
        Check.share("clearedShare", clearedShare);
    }

    public static LabelParams defaults() {
        return new LabelParams(0.10, 0.001, 0.25);
    }
}
