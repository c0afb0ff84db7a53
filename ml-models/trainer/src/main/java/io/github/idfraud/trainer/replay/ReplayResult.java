package io.github.idfraud.trainer.replay;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one replay.
 *
 * @param kept           the kept events by split, in log order
 * @param skippedEvents  events the engine refused (malformed for their type)
 * @param repeatedEvents events whose tenant sent their id before, skipped as the scoring service answers them from its
 *                       event store (ADR 0011)
 * @param orphanLabels   labels whose event never appeared before them in the log
 * @param outOfOrder     lines whose time went back compared with an earlier line
 * @param readerBusy     CPU time of the thread that reads and sends, per second of replay: near 1 means the trainer,
 *                       not Redis, limits the speed
 * @param processBusy    CPU time of the whole trainer JVM (reader, event loop, GC, JIT) per second of replay
 */
public record ReplayResult(Map<Periods.Split, List<ReplayedEvent>> kept, long events, long labels, long skippedEvents,
                           long repeatedEvents, long orphanLabels, long outOfOrder, double seconds, double readerBusy,
                           double processBusy) {

    public List<ReplayedEvent> train() {
        return kept.get(Periods.Split.TRAIN);
    }

    public List<ReplayedEvent> valid() {
        return kept.get(Periods.Split.VALID);
    }

    public List<ReplayedEvent> test() {
        return kept.get(Periods.Split.TEST);
    }

    /** The trainer JVM's CPU per replayed event, in microseconds. */
    public double trainerCpuMicrosPerEvent() {
        return events > 0 ? processBusy * seconds * 1e6 / events : 0;
    }

    public double eventsPerSecond() {
        return seconds > 0 ? events / seconds : 0;
    }
}
