package io.github.idfraud.scoring.redis;

import io.vertx.mutiny.redis.client.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads XREADGROUP and XAUTOCLAIM replies, in RESP2 (arrays) and RESP3 (a map per stream) alike. */
final class StreamReplies {

    private StreamReplies() {
    }

    /** The entries of an XREADGROUP reply for one stream; none when the read timed out (a null reply). */
    static List<StreamEntry> readGroup(Response reply) {
        if (reply == null || reply.size() == 0) {
            return List.of();
        }
        Response entries = reply.isMap() ? reply.get(reply.getKeys().iterator().next()) : reply.get(0).get(1);
        return entries(entries);
    }

    /** The cursor to continue an XAUTOCLAIM from; "0-0" when the scan is complete. */
    static String claimCursor(Response reply) {
        return reply.get(0).toString();
    }

    /** The entries an XAUTOCLAIM reply took over. */
    static List<StreamEntry> claimed(Response reply) {
        return entries(reply.get(1));
    }

    private static List<StreamEntry> entries(Response entries) {
        if (entries == null) {
            return List.of();
        }
        List<StreamEntry> read = new ArrayList<>(entries.size());
        for (Response entry : entries) {
            if (entry != null) {
                read.add(new StreamEntry(entry.get(0).toString(), fields(entry.get(1))));
            }
        }
        return read;
    }

    private static Map<String, String> fields(Response fields) {
        Map<String, String> map = new LinkedHashMap<>();
        if (fields == null) {
            return map;
        }
        if (fields.isMap()) {
            for (String name : fields.getKeys()) {
                map.put(name, text(fields.get(name)));
            }
        } else {
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                map.put(fields.get(i).toString(), text(fields.get(i + 1)));
            }
        }
        return map;
    }

    private static String text(Response value) {
        return value == null ? null : value.toString();
    }
}
