package io.github.idfraud.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes an event log: one {@link EventLogLine} as JSON per line. The caller keeps lines in time order. */
public final class EventLogWriter implements Closeable {

    private final Writer out;
    private final ObjectWriter json;

    public EventLogWriter(Writer out) {
        this.out = out instanceof BufferedWriter ? out : new BufferedWriter(out, 1 << 16);
        ObjectMapper mapper = ContractJson.newMapper();
        this.json = mapper.writerFor(EventLogLine.class);
    }

    public static EventLogWriter create(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new EventLogWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    public void write(EventLogLine line) {
        try {
            out.write(json.writeValueAsString(line));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
