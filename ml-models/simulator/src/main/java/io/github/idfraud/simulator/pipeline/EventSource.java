package io.github.idfraud.simulator.pipeline;

/** A generator of drafts in non-decreasing time order; the simulator merges many of them. */
public interface EventSource {

    /** Time of the next draft, or {@link Long#MAX_VALUE} when exhausted. Must not change until {@link #next()}. */
    long peekTime();

    /** Removes and returns the next draft; only valid while {@link #peekTime()} is not MAX_VALUE. */
    EventDraft next();

    /** Fixed rank that breaks ties between sources with drafts in the same second. */
    int order();
}
