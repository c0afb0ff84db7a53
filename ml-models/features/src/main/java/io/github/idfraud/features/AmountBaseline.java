package io.github.idfraud.features;

/**
 * A customer's typical amount from {@link AmountProfile}, in {@code ln(1 + amount)}: the weighted median and quartiles.
 * The spread is the interquartile range scaled to a normal standard deviation, never under {@value #MIN_SPREAD}, so a
 * customer who always pays the same does not make every small change look extreme.
 */
record AmountBaseline(double medianLog, double lowerQuartileLog, double upperQuartileLog) {

    static final double MIN_SPREAD = 0.25;
    private static final double IQR_PER_SIGMA = 1.349;

    double spread() {
        return Math.max((upperQuartileLog - lowerQuartileLog) / IQR_PER_SIGMA, MIN_SPREAD);
    }

    /** The amount over the typical (median) amount, which counts as at least 1 so tiny medians do not explode it. */
    double ratioToMedian(double amount) {
        return amount / Math.max(Math.expm1(medianLog), 1.0);
    }

    /** How many spreads the amount lies above (or, negative, below) the typical amount, on the log scale. */
    double deviation(double amount) {
        return (Math.log1p(amount) - medianLog) / spread();
    }
}
