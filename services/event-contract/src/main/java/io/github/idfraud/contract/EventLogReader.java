package io.github.idfraud.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Streams an event log line by line; a malformed line fails with its line number. */
public final class EventLogReader {

    private final ObjectReader json = ContractJson.newMapper().readerFor(EventLogLine.class);

    /** The lines of {@code file} in file order; close the stream to close the file. */
    public Stream<EventLogLine> lines(Path file) throws IOException {
        BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        Iterator<EventLogLine> iterator = new Iterator<>() {
            private long lineNumber;
            private String next = advance();

            private String advance() {
                try {
                    String line;
                    do {
                        line = reader.readLine();
                        lineNumber++;
                    } while (line != null && line.isBlank());
                    return line;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public EventLogLine next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                String current = next;
                long currentNumber = lineNumber;
                next = advance();
                try {
                    return json.readValue(current);
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException(file + " line " + currentNumber + ": " + e.getOriginalMessage(), e);
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        reader.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
