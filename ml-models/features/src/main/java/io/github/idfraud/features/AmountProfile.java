package io.github.idfraud.features;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import java.io.IOException;

/**
 * A customer's typical payment amounts: a histogram of {@code ln(1 + amount)} in bands {@value #BAND_WIDTH} wide (a
 * factor of about 1.65 in amount), kept twice with exponential forgetting, time constants 30 and 90 days
 * ({@link Horizon}). So a "30-day median" is the median of past amounts weighted by {@code exp(-age / 30 days)}: an
 * approximation of a 30-day window that needs a few bytes per band instead of every amount. Weights are fixed point
 * ({@value #UNIT} = one payment) as of the start of a UTC day, the reference; they fade to a new reference at most once
 * a day, so rounding cannot stop the fading of an often-paying customer, and a band whose weight falls under
 * {@value #FORGOTTEN} of a unit is dropped. A payment later in the day enters slightly heavier, as of the reference.
 */
final class AmountProfile {

    /** The two memories of the histogram, by time constant. */
    enum Horizon {
        DAYS_30(30),
        DAYS_90(90);

        private final double seconds;

        Horizon(int days) {
            this.seconds = days * 86400.0;
        }

        /** Weight left after {@code age} seconds (above 1 for a negative age); StrictMath so that every JVM rounds stored weights alike. */
        double decay(long age) {
            return StrictMath.exp(-age / seconds);
        }
    }

    static final double BAND_WIDTH = 0.5;
    static final int BANDS = 48;
    static final long UNIT = 256;
    static final long FORGOTTEN = 4;
    private static final long DAY = 86400;
    private static final Horizon[] HORIZONS = Horizon.values();

    /** The reference time of the weights: the start of a UTC day. */
    private long updatedAt;
    private final long[][] weights = new long[HORIZONS.length][BANDS];

    static int bandOf(double amount) {
        return (int) Math.min(BANDS - 1, Math.floor(Math.log1p(Math.max(amount, 0)) / BAND_WIDTH));
    }

    /** Adds a payment, weighted as of the reference; one before the reference enters already faded by its age. */
    void add(double amount, long t) {
        long day = Math.floorDiv(t, DAY) * DAY;
        if (day > updatedAt) {
            fadeTo(day);
        }
        int band = bandOf(amount);
        for (Horizon h : HORIZONS) {
            weights[h.ordinal()][band] += Math.round(UNIT * h.decay(updatedAt - t));
        }
    }

    /** The weighted quartiles of past amounts at time {@code t}, or null when less than a quarter payment's weight is left. */
    AmountBaseline baseline(Horizon horizon, long t) {
        long[] w = weights[horizon.ordinal()];
        long total = 0;
        for (long v : w) {
            total += v;
        }
        double faded = total * horizon.decay(t - updatedAt);
        if (faded < UNIT / 4.0) {
            return null;
        }
        return new AmountBaseline(quantile(w, total, 0.5), quantile(w, total, 0.25), quantile(w, total, 0.75));
    }

    /** The log-amount below which {@code q} of the weight lies, linear within a band. */
    private static double quantile(long[] w, long total, double q) {
        double target = q * total;
        double below = 0;
        for (int band = 0; band < BANDS; band++) {
            if (w[band] > 0 && below + w[band] >= target) {
                return (band + (target - below) / w[band]) * BAND_WIDTH;
            }
            below += w[band];
        }
        return BANDS * BAND_WIDTH;
    }

    private void fadeTo(long t) {
        for (Horizon h : HORIZONS) {
            double factor = h.decay(t - updatedAt);
            long[] w = weights[h.ordinal()];
            for (int band = 0; band < BANDS; band++) {
                long v = Math.round(w[band] * factor);
                w[band] = v < FORGOTTEN ? 0 : v;
            }
        }
        updatedAt = t;
    }

    boolean isEmpty() {
        for (long[] w : weights) {
            for (long v : w) {
                if (v != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The reference's day number, then per band with any weight: band delta and one weight per horizon. */
    void writeTo(CodedOutputStream out) throws IOException {
        out.writeSInt64NoTag(updatedAt / DAY);
        int bands = 0;
        for (int band = 0; band < BANDS; band++) {
            bands += used(band) ? 1 : 0;
        }
        out.writeUInt32NoTag(bands);
        int previous = 0;
        for (int band = 0; band < BANDS; band++) {
            if (used(band)) {
                out.writeUInt32NoTag(band - previous);
                previous = band;
                for (Horizon h : HORIZONS) {
                    out.writeUInt64NoTag(weights[h.ordinal()][band]);
                }
            }
        }
    }

    static AmountProfile readFrom(CodedInputStream in) throws IOException {
        AmountProfile p = new AmountProfile();
        p.updatedAt = in.readSInt64() * DAY;
        int band = 0;
        for (int n = in.readUInt32(); n > 0; n--) {
            band += in.readUInt32();
            for (Horizon h : HORIZONS) {
                long v = in.readUInt64();
                if (band < BANDS) {
                    p.weights[h.ordinal()][band] = v;
                }
            }
        }
        return p;
    }

    private boolean used(int band) {
        for (long[] w : weights) {
            if (w[band] != 0) {
                return true;
            }
        }
        return false;
    }
}
