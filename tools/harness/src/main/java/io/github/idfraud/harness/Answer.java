package io.github.idfraud.harness;

/**
 * What one request got back.
 *
 * @param outcome       the HTTP status ({@code "200"}), or the transport failure ({@code "timeout"},
 *                      {@code "connection refused"}, {@code "transport: <class>"})
 * @param body          the answer's body; empty on a transport failure
 * @param latencyMicros from the request's intended send time to the complete answer (or the failure)
 */
public record Answer(String outcome, String body, long latencyMicros) {

    /** A 2xx answer. */
    public boolean ok() {
        return outcome.startsWith("2");
    }
}
