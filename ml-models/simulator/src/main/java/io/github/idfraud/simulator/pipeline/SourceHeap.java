package io.github.idfraud.simulator.pipeline;

/**
 * A min-heap of event sources keyed by (time of next draft, order). Keys are packed into one {@code long}
 * per slot, so sifting compares primitives in one small array instead of chasing every source's buffer;
 * with tens of thousands of sources that is the difference between cache hits and misses.
 */
public final class SourceHeap {

    private final long base;
    private final EventSource[] byOrder;
    private final long[] heap;
    private int size;

    /** @param base earliest possible draft time; {@code maxSources} bounds every source's {@code order()} */
    public SourceHeap(long base, int maxSources) {
        this.base = base;
        this.byOrder = new EventSource[maxSources];
        this.heap = new long[maxSources];
    }

    public void add(EventSource source) {
        long time = source.peekTime();
        if (time == Long.MAX_VALUE) {
            return;
        }
        byOrder[source.order()] = source;
        heap[size] = key(time, source.order());
        siftUp(size++);
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Time of the earliest draft of all sources, or MAX_VALUE when all are exhausted. */
    public long peekTime() {
        return size == 0 ? Long.MAX_VALUE : base + (heap[0] >>> 32);
    }

    /** Takes the earliest draft and re-positions its source. */
    public EventDraft next() {
        EventSource source = byOrder[(int) heap[0]];
        EventDraft draft = source.next();
        long time = source.peekTime();
        if (time == Long.MAX_VALUE) {
            heap[0] = heap[--size];
        } else {
            heap[0] = key(time, source.order());
        }
        if (size > 0) {
            siftDown(0);
        }
        return draft;
    }

    private long key(long time, int order) {
        long offset = time - base;
        if (offset < 0 || offset >= 1L << 31) {
            throw new IllegalStateException("draft time " + time + " outside the simulated range from " + base);
        }
        return offset << 32 | order;
    }

    private void siftUp(int i) {
        long key = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] <= key) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = key;
    }

    private void siftDown(int i) {
        long key = heap[i];
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            if (child + 1 < size && heap[child + 1] < heap[child]) {
                child++;
            }
            if (key <= heap[child]) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = key;
    }
}
