package io.github.idfraud.loadgen.events;

import io.github.idfraud.harness.PreparedRequest;
import java.util.List;

/**
 * A batch rendered before it is sent.
 *
 * @param eventIds the ids of its events in order, to check that each is answered by its own decision
 */
public record PreparedBatch(PreparedRequest request, List<String> eventIds) {

    public int size() {
        return eventIds.size();
    }
}
