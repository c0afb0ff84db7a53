package io.github.idfraud.scoring.redis;

import java.util.Map;

/** One Redis Stream entry: its id and its fields (empty when the entry was deleted before it was read). */
public record StreamEntry(String id, Map<String, String> fields) {
}
