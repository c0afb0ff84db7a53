package io.github.idfraud.simulator.pipeline;

/** Where generators put drafts; the receiver orders them. */
public interface DraftSink {

    void add(EventDraft draft);
}
