package io.github.idfraud.trainer.command;

import io.github.idfraud.contract.EventLogLine;
import io.github.idfraud.contract.EventLogReader;
import io.github.idfraud.contract.EventLogWriter;
import io.github.idfraud.simulator.SimulationConfig;
import io.github.idfraud.simulator.Worlds;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.stream.Stream;

/**
 * One log from several worlds: world {@code i} is simulated with seed {@code seed + i} (so its people, shops and
 * fraudsters are its own) and the logs are merged in time order, events before labels at equal seconds. A model
 * trained on a mix has seen many parameter draws, not one.
 */
final class WorldMix {

    private WorldMix() {
    }

    static void simulate(List<String> worlds, long seed, int days, int identities, Path out, PrintStream console)
            throws IOException {
        if (worlds.size() == 1) {
            SimulateCommand.simulate(Worlds.config(worlds.get(0), seed, days, identities), out, console);
            return;
        }
        List<Path> parts = new ArrayList<>();
        try {
            for (int i = 0; i < worlds.size(); i++) {
                Path part = Files.createTempFile(out.toAbsolutePath().getParent(), "world-" + i + "-", ".jsonl");
                parts.add(part);
                SimulationConfig config = Worlds.config(worlds.get(i), seed + i, days, identities / worlds.size());
                console.printf("world %s:%n", worlds.get(i));
                SimulateCommand.simulate(config, part, console);
            }
            merge(parts, out);
        } finally {
            for (Path part : parts) {
                Files.deleteIfExists(part);
            }
        }
    }

    private static void merge(List<Path> parts, Path out) throws IOException {
        EventLogReader reader = new EventLogReader();
        List<Stream<EventLogLine>> streams = new ArrayList<>();
        PriorityQueue<Head> heads = new PriorityQueue<>();
        try (EventLogWriter writer = EventLogWriter.create(out)) {
            for (int i = 0; i < parts.size(); i++) {
                Stream<EventLogLine> lines = reader.lines(parts.get(i));
                streams.add(lines);
                Head.next(lines.iterator(), i).ifPresent(heads::add);
            }
            while (!heads.isEmpty()) {
                Head head = heads.poll();
                writer.write(head.line);
                Head.next(head.rest, head.source).ifPresent(heads::add);
            }
        } finally {
            streams.forEach(Stream::close);
        }
    }

    /** The next line of one world's log, ordered by time, events first, then by world. */
    private record Head(EventLogLine line, Iterator<EventLogLine> rest, int source) implements Comparable<Head> {

        static Optional<Head> next(Iterator<EventLogLine> lines, int source) {
            return lines.hasNext() ? Optional.of(new Head(lines.next(), lines, source)) : Optional.empty();
        }

        long time() {
            return line.at().getEpochSecond();
        }

        @Override
        public int compareTo(Head other) {
            int byTime = Long.compare(time(), other.time());
            if (byTime != 0) {
                return byTime;
            }
            int eventsFirst = Boolean.compare(!line.isEvent(), !other.line.isEvent());
            return eventsFirst != 0 ? eventsFirst : Integer.compare(source, other.source);
        }
    }
}
