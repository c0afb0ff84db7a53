package io.github.idfraud.cases.redis;

import java.util.List;

/** One page of entries taken over from other consumers, and the cursor of the next page ("0-0": none left). */
public record ClaimedPage(List<StreamEntry> entries, String nextCursor) {

    public boolean isLast() {
        return nextCursor == null || "0-0".equals(nextCursor);
    }
}
