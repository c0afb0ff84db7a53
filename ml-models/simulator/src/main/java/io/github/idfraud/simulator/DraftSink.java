package io.github.idfraud.simulator;

/** Where generators put drafts; the receiver orders them. */
interface DraftSink {

    void add(EventDraft draft);
}
