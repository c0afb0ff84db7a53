package io.github.idfraud.simulator.pipeline;

import io.github.idfraud.contract.Label;
import java.util.PriorityQueue;

/** Labels waiting for their {@code reportedAt}; equal times leave in the order their events were written. */
public final class PendingLabels {

    private record Pending(long time, long seq, String tenant, Label label) {
    }

    private final PriorityQueue<Pending> queue = new PriorityQueue<>((a, b) -> {
        int byTime = Long.compare(a.time, b.time);
        return byTime != 0 ? byTime : Long.compare(a.seq, b.seq);
    });
    private long seq;

    public void add(long reportedAt, String tenant, Label label) {
        queue.add(new Pending(reportedAt, seq++, tenant, label));
    }

    public long peekTime() {
        Pending head = queue.peek();
        return head == null ? Long.MAX_VALUE : head.time;
    }

    public String peekTenant() {
        return queue.peek().tenant;
    }

    public Label poll() {
        return queue.poll().label;
    }
}
