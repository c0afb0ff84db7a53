package io.github.idfraud.scoring.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.contract.AlertEntry;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.StreamNames;
import io.github.idfraud.scoring.config.ScoringConfig;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Request;
import jakarta.inject.Singleton;
import java.util.List;

/** The alert stream to the case service: one entry per REVIEW or DECLINE, appended with the event's record. */
@Singleton
public class AlertStream {

    private final ObjectMapper json = ContractJson.newMapper();
    private final String stream;

    AlertStream(ScoringConfig config) {
        this.stream = config.alerts().stream();
    }

    /** The XADD of {@code entry}, to send with the event's record (see {@link EventStore#complete}). */
    public PendingWrites append(AlertEntry entry) {
        return PendingWrites.of(List.of(Request.cmd(Command.XADD).arg(stream).arg("*")
                .arg(StreamNames.FIELD_VERSION).arg(AlertEntry.SCHEMA_VERSION)
                .arg(StreamNames.FIELD_ALERT).arg(write(entry))));
    }

    private String write(AlertEntry entry) {
        try {
            return json.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
