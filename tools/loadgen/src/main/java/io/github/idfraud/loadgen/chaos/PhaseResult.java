package io.github.idfraud.loadgen.chaos;

import java.util.Map;

/**
 * One row of the fault table, and the detail behind it.
 *
 * @param requests          events sent by the open-loop traffic (first attempts)
 * @param errorsByClass     first attempts that got no 2xx, by HTTP status or transport failure
 * @param degraded          first attempts answered in degraded mode (Redis unreachable)
 * @param degradedP99Ms     p99 latency of those degraded answers (the bound ADR 0002 promises to keep)
 * @param notFullBySecond   those first attempts without a full answer, per second of the sending schedule
 * @param stalls            first attempts without a full answer that the fault does not explain (see ChaosPhase)
 * @param retries           further attempts the bank made until every event had a full answer
 * @param unsettled         events still without a full answer when the bank gave up (lost to the bank)
 * @param recoverySeconds   see {@link ChaosPhase}: from the part being back to full service; null when nothing broke
 * @param caseApiAnswers    the case API's answers to the supervisor's calls other than 2xx, by status
 * @param alerts            distinct alert events on the alert stream
 * @param cases             distinct cases those alerts are in
 * @param emails            consumer e-mails the case service had to send for those cases (sent, waiting or
 *                          failed; not those it skipped by design, e.g. a case closed before its notice left)
 * @param repeatsIdentical  repeated events whose answer equalled the first one, of {@code repeatsCompared}
 * @param lost              what was acknowledged or raised and is missing, by kind (unsettled events included)
 * @param duplicated        what exists more than once, by kind (repeats whose answer changed included)
 * @param failover          for a Redis Cluster failover, its times as the bank saw them; null for other faults
 */
record PhaseResult(Fault fault, String description, long requests, Map<String, Long> errorsByClass, long degraded,
                   Double degradedP99Ms, int[] notFullBySecond, long stalls, long retries, long unsettled, Double recoverySeconds, Map<String, Long> caseApiAnswers, long alerts, long cases,
                   long emails, long emailsDelivered, long notes, long labels, long repeatsIdentical,
                   long repeatsCompared, Map<String, Long> lost, Map<String, Long> duplicated,
                   FailoverFigures failover) {

    long lostTotal() {
        return lost.values().stream().mapToLong(Long::longValue).sum();
    }

    long duplicatedTotal() {
        return duplicated.values().stream().mapToLong(Long::longValue).sum();
    }
}
