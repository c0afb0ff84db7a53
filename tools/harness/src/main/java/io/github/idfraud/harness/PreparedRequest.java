package io.github.idfraud.harness;

import io.vertx.core.buffer.Buffer;

/**
 * A {@code POST} rendered before a run starts, so the sender spends its time sending, not serialising. A
 * <em>timed</em> request takes the next slot of the fixed rate and is measured; an <em>untimed</em> one (the
 * demo's labels, sent beside the stream) leaves with the timed request after it and is not measured.
 */
public final class PreparedRequest {

    private final String path;
    private final String authorization;
    private final Buffer body;
    private final boolean timed;

    private PreparedRequest(String path, String authorization, byte[] body, boolean timed) {
        this.path = path;
        this.authorization = authorization;
        this.body = Buffer.buffer(body);
        this.timed = timed;
    }

    /** @param authorization the whole {@code Authorization} header, e.g. {@code Bearer <tenant key>} */
    public static PreparedRequest timed(String path, String authorization, byte[] jsonBody) {
        return new PreparedRequest(path, authorization, jsonBody, true);
    }

    public static PreparedRequest untimed(String path, String authorization, byte[] jsonBody) {
        return new PreparedRequest(path, authorization, jsonBody, false);
    }

    public String path() {
        return path;
    }

    public String authorization() {
        return authorization;
    }

    public boolean timed() {
        return timed;
    }

    /** The body as text (UTF-8). */
    public String bodyText() {
        return body.toString();
    }

    Buffer body() {
        return body;
    }
}
