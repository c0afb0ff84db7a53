package io.github.idfraud.features;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One identifier's stored value in a form a person can read (a data-subject export): when things were last seen,
 * event counts per window bucket, how many other identifiers were linked to it, and its last coarse position. What it
 * links to are hashes of pseudonyms, so only their number is shown.
 */
public final class IdentifierStateReport {

    private IdentifierStateReport() {
    }

    /** @param value the Redis value as stored (version bytes first) */
    public static Map<String, Object> describe(byte[] value) {
        IdentifierState state = StateCodec.decode(value);
        Map<String, Object> report = new LinkedHashMap<>();
        Map<String, Object> lastSeen = new LinkedHashMap<>();
        for (Mark mark : IdentifierState.MARKS) {
            if (state.hasMark(mark)) {
                lastSeen.put(name(mark), Instant.ofEpochSecond(state.mark(mark)).toString());
            }
        }
        report.put("lastSeen", lastSeen);
        Map<String, Object> counts = new LinkedHashMap<>();
        for (Metric metric : IdentifierState.METRICS) {
            for (Granularity granularity : IdentifierState.GRANULARITIES) {
                BucketSeries series = state.series[IdentifierState.slot(metric, granularity)];
                if (series != null && series.size() > 0) {
                    counts.put(name(metric) + " per " + name(granularity), buckets(series, granularity));
                }
            }
        }
        report.put("counts", counts);
        Map<String, Object> links = new LinkedHashMap<>();
        for (Link link : Link.values()) {
            MemberTimes members = state.links[link.ordinal()];
            if (members != null && members.size() > 0) {
                links.put(name(link), members.size());
            }
        }
        report.put("linkedIdentifiers", links);
        report.put("firstSightingsKept", state.sightings == null ? 0 : state.sightings.size());
        report.put("labelsLinked", state.labels == null ? 0 : state.labels.size());
        if (state.hasPosition) {
            report.put("lastPosition", Map.of("at", Instant.ofEpochSecond(state.positionAt).toString(),
                    "latitude", state.latitude, "longitude", state.longitude));
        }
        return report;
    }

    private static Map<String, Long> buckets(BucketSeries series, Granularity granularity) {
        Map<String, Long> byStart = new LinkedHashMap<>();
        for (int i = 0; i < series.size(); i++) {
            byStart.put(Instant.ofEpochSecond(series.bucketAt(i) * granularity.seconds()).toString(), series.valueAt(i));
        }
        return byStart;
    }

    private static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
