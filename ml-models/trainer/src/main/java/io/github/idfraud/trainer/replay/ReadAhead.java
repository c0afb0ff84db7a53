package io.github.idfraud.trainer.replay;

import io.github.idfraud.contract.EventLogLine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Stream;

/**
 * Reads and parses a log's lines on a thread of its own, some batches ahead of the replay, in file order: JSON
 * parsing was a sixth of the replay thread's time, and the replay thread is what bounds a replay once Redis only sees
 * the writes that matter (ADR 0016). A line that fails to parse fails the replay thread, when it reaches that line.
 */
final class ReadAhead implements Iterator<EventLogLine>, AutoCloseable {

    private static final int LINES_PER_BATCH = 256;
    private static final int BATCHES_AHEAD = 32;
    private static final Object END = new Object();

    /** Batches of lines, then {@link #END} or the exception that stopped the reading. */
    private final BlockingQueue<Object> ahead = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread reader;
    private volatile boolean closed;
    private Iterator<EventLogLine> batch = Collections.emptyIterator();
    private boolean ended;

    ReadAhead(Stream<EventLogLine> lines) {
        reader = new Thread(() -> read(lines.iterator()), "log-read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(Iterator<EventLogLine> lines) {
        Object last = END;
        List<EventLogLine> filling = new ArrayList<>(LINES_PER_BATCH);
        try {
            while (!closed && lines.hasNext()) {
                filling.add(lines.next());
                if (filling.size() == LINES_PER_BATCH) {
                    ahead.put(filling);
                    filling = new ArrayList<>(LINES_PER_BATCH);
                }
            }
        } catch (InterruptedException e) {
            return; // closed: nobody reads on
        } catch (RuntimeException e) {
            last = e; // after the lines before it
        }
        try {
            if (!filling.isEmpty()) {
                ahead.put(filling);
            }
            ahead.put(last);
        } catch (InterruptedException e) {
            // closed meanwhile
        }
    }

    @Override
    public boolean hasNext() {
        while (!batch.hasNext()) {
            if (ended) {
                return false;
            }
            Object next = take();
            if (next == END) {
                ended = true;
                return false;
            }
            if (next instanceof RuntimeException failure) {
                ended = true;
                throw failure;
            }
            @SuppressWarnings("unchecked")
            List<EventLogLine> lines = (List<EventLogLine>) next;
            batch = lines.iterator();
        }
        return true;
    }

    @Override
    public EventLogLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.next();
    }

    private Object take() {
        try {
            return ahead.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the log's next lines", e);
        }
    }

    /** Stops the reading thread; close the stream of lines after this. */
    @Override
    public void close() {
        closed = true;
        reader.interrupt();
    }
}
