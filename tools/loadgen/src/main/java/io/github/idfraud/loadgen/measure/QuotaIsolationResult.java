package io.github.idfraud.loadgen.measure;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Quota isolation on one scoring pod (issue 15), in rounds (see {@link QuotaRound}); this machine's run-to-run noise
 * on a p99 is large, so the verdict is on the median round.
 *
 * @param quietTenant the tenant at the steady rate, with an ample quota
 * @param noisyTenant the tenant sending at and then above its quota
 * @param noisyQuota  the noisy tenant's quota, events per second (FRAUD_QUOTA_TENANTS); its burst is spent
 *                    before each measured run
 * @param rounds      the rounds in the order run; empty when not measured
 * @param measuredAt  when the phase ended (it may be measured on its own: {@code ./bench --only quota})
 */
public record QuotaIsolationResult(Status status, String note, String quietTenant, String noisyTenant,
                                   long noisyQuota, List<QuotaRound> rounds, Instant measuredAt) {

    public QuotaIsolationResult {
        rounds = rounds == null ? List.of() : List.copyOf(rounds);
        if (status == Status.MEASURED && rounds.isEmpty()) {
            // Results written before the phase ran in rounds: their runs are not comparable with these.
            status = Status.NOT_MEASURED;
            note = "measured before the phase ran in rounds (re-measure with ./bench --only quota): " + note;
        }
    }

    public static QuotaIsolationResult notMeasured(Status status, String note) {
        return new QuotaIsolationResult(status, note, null, null, 0, List.of(), null);
    }

    /** The round with the median {@link QuotaRound#p99Ratio()} (the lower middle one for an even count). */
    @JsonIgnore
    public QuotaRound medianRound() {
        List<QuotaRound> sorted = rounds.stream().sorted(Comparator.comparingDouble(QuotaRound::p99Ratio)).toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** The median round's p99 beside the tenant over its quota over beside it at its quota; null when not measured. */
    @JsonProperty("quietP99Ratio")
    public Double quietP99Ratio() {
        return median(QuotaRound::p99Ratio);
    }

    /** The quiet tenant's failed requests beside the tenant over its quota, over all rounds. */
    @JsonProperty("quietErrors")
    public long quietErrors() {
        return rounds.stream().mapToLong(r -> r.quietBesideOverQuota().errors()).sum();
    }

    /** How many of the noisy tenant's requests over its quota were answered 429, over all rounds. */
    @JsonProperty("noisyTooManyRequests")
    public long noisyTooManyRequests() {
        return rounds.stream().mapToLong(r -> r.noisyOverQuota().outcomes().getOrDefault("429", 0L)).sum();
    }

    private Double median(ToDoubleFunction<QuotaRound> ratio) {
        if (status != Status.MEASURED) {
            return null;
        }
        double[] sorted = rounds.stream().mapToDouble(ratio).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) * 50) / 100.0;
    }
}
