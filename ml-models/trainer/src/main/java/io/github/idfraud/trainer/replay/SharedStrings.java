package io.github.idfraud.trainer.replay;

import java.util.HashMap;
import java.util.Map;

/**
 * One copy of each string that many kept rows repeat (a tenant, a customer's review key). A replay keeps hundreds of
 * thousands of rows until training, and every copy is two more objects for the young collections to copy.
 */
final class SharedStrings {

    private final Map<String, String> copies = new HashMap<>();

    /** The copy kept for strings equal to {@code value}: the first one seen. */
    String of(String value) {
        String kept = copies.putIfAbsent(value, value);
        return kept == null ? value : kept;
    }
}
