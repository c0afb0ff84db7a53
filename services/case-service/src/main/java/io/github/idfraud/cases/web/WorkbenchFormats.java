package io.github.idfraud.cases.web;

import io.github.idfraud.contract.Explanation;
import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the workbench writes times and numbers: UTC to the minute, scores and contributions to two decimals. */
@TemplateExtension
final class WorkbenchFormats {

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private WorkbenchFormats() {
    }

    static String utc(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    static String twoDecimals(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
    }

    static String signed(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%+.2f", value);
    }

    /** A feature value as the model saw it: whole numbers without decimals. */
    static String plain(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString(value.longValue()) : String.format(Locale.ROOT, "%.3f", value);
    }

    static double magnitude(Double value) {
        return value == null ? 0 : Math.abs(value);
    }

    /** The sum of a per-day count. */
    static long total(java.util.Map<java.time.LocalDate, Long> perDay) {
        return perDay.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The largest contribution's size, the scale of every bar in an explanation. */
    static double strongest(Explanation explanation) {
        return explanation.contributions().stream().mapToDouble(c -> Math.abs(c.contribution())).max().orElse(1);
    }
}
