package io.github.idfraud.loadgen.load;

import io.vertx.core.buffer.Buffer;
import java.util.List;

/**
 * Request bodies rendered before a run starts, so the generator spends its time sending, not serialising.
 *
 * @param bodies         one JSON body per request, in send order
 * @param authorizations the {@code Authorization} header of each request (its tenant's key)
 */
public record PreparedRequests(List<Buffer> bodies, List<String> authorizations) {

    public PreparedRequests {
        if (bodies.size() != authorizations.size()) {
            throw new IllegalArgumentException("one authorization per body: " + bodies.size() + " bodies, "
                    + authorizations.size() + " authorizations");
        }
    }

    public int size() {
        return bodies.size();
    }
}
