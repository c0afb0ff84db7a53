package io.github.idfraud.loadgen.measure;

/**
 * How fast the case service turns alert stream entries into cases.
 *
 * @param alerts         entries added to the stream (all at once, pipelined)
 * @param caseEvents     alerts stored as case events when the measurement ended
 * @param cases          cases they opened (the rest joined an open case about the same identity)
 * @param lost           alerts that did not become a case event in time (and were not dead-lettered either)
 * @param deadLettered   entries the service refused as unreadable
 * @param seconds        from the first XADD until the last alert was a case event
 */
public record CaseIntakeResult(Status status, String note, long alerts, long caseEvents, long cases, long lost,
                               long deadLettered, double seconds, double alertsPerSecond) {

    public static CaseIntakeResult notMeasured(Status status, String note) {
        return new CaseIntakeResult(status, note, 0, 0, 0, 0, 0, 0, 0);
    }
}
