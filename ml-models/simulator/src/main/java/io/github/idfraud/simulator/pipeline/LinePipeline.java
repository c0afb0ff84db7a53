package io.github.idfraud.simulator.pipeline;

import io.github.idfraud.contract.EventLogLine;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs generation on a background thread and hands its lines to the caller's thread in batches, in order.
 * Generation and serialisation then use two cores; the sink is still called from one thread only, and the
 * output is the same as a single-threaded run because only one thread ever generates.
 */
public final class LinePipeline {

    private static final int BATCH = 1024;
    private static final int BATCHES_IN_FLIGHT = 8;
    private static final EventLogLine[] END = new EventLogLine[0];

    private LinePipeline() {
    }

    public static <R> R run(Function<Consumer<EventLogLine>, R> producer, Consumer<EventLogLine> sink) {
        BlockingQueue<EventLogLine[]> queue = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
        Outcome<R> outcome = new Outcome<>();
        Thread generator = new Thread(() -> produce(producer, queue, outcome), "simulator-generator");
        generator.setDaemon(true);
        generator.start();
        try {
            for (EventLogLine[] batch = take(queue); batch != END; batch = take(queue)) {
                for (EventLogLine line : batch) {
                    sink.accept(line);
                }
            }
        } catch (RuntimeException | Error e) {
            generator.interrupt();
            throw e;
        }
        join(generator);
        if (outcome.failure instanceof RuntimeException e) {
            throw e;
        }
        if (outcome.failure instanceof Error e) {
            throw e;
        }
        return outcome.result;
    }

    private static <R> void produce(Function<Consumer<EventLogLine>, R> producer, BlockingQueue<EventLogLine[]> queue,
                                    Outcome<R> outcome) {
        try {
            Batcher batcher = new Batcher(queue);
            outcome.result = producer.apply(batcher);
            batcher.flush();
        } catch (CancellationException e) {
            return; // the consumer failed and has already thrown
        } catch (RuntimeException | Error e) {
            outcome.failure = e;
        }
        try {
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Collects lines into arrays, so the hand-over between threads costs one queue operation per batch. */
    private static final class Batcher implements Consumer<EventLogLine> {
        private final BlockingQueue<EventLogLine[]> queue;
        private EventLogLine[] batch = new EventLogLine[BATCH];
        private int size;

        Batcher(BlockingQueue<EventLogLine[]> queue) {
            this.queue = queue;
        }

        @Override
        public void accept(EventLogLine line) {
            batch[size++] = line;
            if (size == BATCH) {
                put(queue, batch);
                batch = new EventLogLine[BATCH];
                size = 0;
            }
        }

        void flush() {
            put(queue, Arrays.copyOf(batch, size));
        }
    }

    private static void put(BlockingQueue<EventLogLine[]> queue, EventLogLine[] batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            throw new CancellationException("the sink failed; generation stopped");
        }
    }

    private static EventLogLine[] take(BlockingQueue<EventLogLine[]> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for simulated lines");
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the generator to finish");
        }
    }

    /** Written by the generator before END is queued, read after join: join orders the accesses. */
    private static final class Outcome<R> {
        private volatile R result;
        private volatile Throwable failure; // a RuntimeException or an Error: the producer cannot throw checked ones
    }
}
