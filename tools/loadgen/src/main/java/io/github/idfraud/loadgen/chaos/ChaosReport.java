package io.github.idfraud.loadgen.chaos;

import io.github.idfraud.loadgen.redis.RedisClusterProcess;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The fault table in markdown: one row per phase, then how to read it. */
final class ChaosReport {

    private ChaosReport() {
    }

    static String render(ChaosSettings settings, List<PhaseResult> phases, String resultsFile, String when) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "`./chaos`%s, %s: %,.0f events/s open-loop through the scoring service "
                        + (settings.cluster() ? "on a Redis Cluster of 3 primaries and 3 replicas (node timeout "
                        + RedisClusterProcess.NODE_TIMEOUT_MS + " ms) " : "")
                        + "for %.0f s per fault (the fault %.0f s in), the case service consuming alerts, a supervisor "
                        + "noting and closing cases through the case API; the bank retries with the same event ids. "
                        + "Figures: [`%s`](%s).%n%n", (settings.mode().equals("quick") ? " --quick" : "") + (settings.cluster() ? " --cluster" : ""), when,
                settings.rate(), settings.phaseSeconds(), settings.faultAfterSeconds(), resultsFile, resultsFile));
        md.append("| fault | requests | errors by class (first attempts) | degraded (p99 ms) | bank retries | "
                + "time to recover | stalls outside the fault | case API errors (supervisor) | alerts | cases | e-mails delivered / queued | notes | labels | repeats identical "
                + "| lost | duplicated |\n");
        md.append("|---|---:|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (PhaseResult p : phases) {
            md.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %,d | %s | %,d | %s | %,d | %,d | %,d / %,d | %,d | %,d "
                            + "| %,d / %,d | %s | %s |%n",
                    p.description(), p.requests(), errors(p.errorsByClass()),
                    p.degraded() == 0 ? "0" : String.format(Locale.ROOT, "%,d (%.1f)", p.degraded(), p.degradedP99Ms()),
                    p.retries(), recovery(p.recoverySeconds()), p.stalls(), errors(p.caseApiAnswers()), p.alerts(), p.cases(), p.emailsDelivered(),
                    p.emails(), p.notes(), p.labels(), p.repeatsIdentical(), p.repeatsCompared(),
                    total(p.lostTotal(), p.lost()), total(p.duplicatedTotal(), p.duplicated())));
        }
        md.append("\nTime to recover: Redis and the scoring service, from the part being back (Redis answering, the "
                + "service ready) to the first second of traffic in which every request got a full answer; the case service and PostgreSQL, until "
                + "the alert backlog is empty; the mail server, until no e-mail waits for a retry. Stalls outside the "
                + "fault: first attempts without a full answer (mostly client timeouts at 5 s) before the fault or "
                + "after its recovery, or in a phase whose fault is off the request path; their per-second profile is "
                + "in the results file. Lost counts "
                + "alerts without a case, e-mails never delivered, acknowledged notes and labels missing, events "
                + "whose window counts fell short and events the bank never got a full answer for; duplicated counts "
                + "case events, e-mails, notes and labels stored twice, window counts too high, and repeated events "
                + "whose answer changed.\n");
        for (PhaseResult p : phases) {
            if (p.failover() != null) {
                md.append(failover(p.failover()));
            }
        }
        return md.toString();
    }

    private static String failover(FailoverFigures f) {
        return String.format(Locale.ROOT, "%nFailover, counted from the SIGKILL of %s: %s promoted (cluster ok) after "
                        + "%.1f s; first full answer to a request sent after the kill %s; every request of a second "
                        + "fully answered again %s; p99 of first attempts back within %.0fx its %.1f ms before the "
                        + "kill %s (worst second: %,.0f ms); the killed node back as a replica, in sync, after %.1f s. "
                        + "Time to recover in the table counts from the promotion.%n",
                f.killedNode(), f.promotedNode(), f.promotedAfterSeconds(), after(f.firstFullAfterKillSeconds()),
                after(f.allFullAfterKillSeconds()), FailoverFigures.NORMAL_FACTOR, f.p99BeforeKillMs(),
                after(f.p99BackToNormalAfterKillSeconds()), f.worstSecondP99Ms(), f.rejoinedAfterSeconds());
    }

    private static String after(Double seconds) {
        return seconds == null ? "not within the phase" : String.format(Locale.ROOT, "after %.1f s", seconds);
    }

    private static String errors(Map<String, Long> byClass) {
        if (byClass.isEmpty()) {
            return "none";
        }
        return byClass.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s: %,d", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String recovery(Double seconds) {
        if (seconds == null) {
            return "-";
        }
        return seconds.isInfinite() ? "not recovered" : String.format(Locale.ROOT, "%.1f s", seconds);
    }

    /** The total, and when it is not zero, what it is made of. */
    private static String total(long total, Map<String, Long> parts) {
        if (total == 0) {
            return "**0**";
        }
        String detail = parts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return "**" + total + "** (" + detail + ")";
    }
}
