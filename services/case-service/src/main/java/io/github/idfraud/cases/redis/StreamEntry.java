package io.github.idfraud.cases.redis;

import java.util.Map;

/** One Redis Stream entry: its id and its fields. */
public record StreamEntry(String id, Map<String, String> fields) {
}
