package io.github.idfraud.simulator.pipeline;

import java.util.ArrayList;
import java.util.List;

/** A source whose drafts are all known up front (small incidents such as a synthetic-identity ring). */
public final class ListSource implements EventSource, DraftSink {

    private final int order;
    private final long end;
    private final List<EventDraft> drafts = new ArrayList<>();
    private int next;
    private boolean sorted;

    /** Drafts at or after {@code end} are dropped, like everything after the simulated period. */
    public ListSource(int order, long end) {
        this.order = order;
        this.end = end;
    }

    @Override
    public void add(EventDraft draft) {
        if (sorted) {
            throw new IllegalStateException("drafts must all be added before the source is read");
        }
        if (draft.time < end) {
            draft.seq = drafts.size();
            drafts.add(draft);
        }
    }

    @Override
    public long peekTime() {
        sort();
        return next < drafts.size() ? drafts.get(next).time : Long.MAX_VALUE;
    }

    @Override
    public EventDraft next() {
        sort();
        return drafts.get(next++);
    }

    @Override
    public int order() {
        return order;
    }

    private void sort() {
        if (!sorted) {
            drafts.sort(EventDraft::compare);
            sorted = true;
        }
    }
}
