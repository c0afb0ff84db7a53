package io.github.idfraud.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body announced above the HTTP limit ({@code quarkus.http.limits.max-body-size}) gets a 413 problem+json like
 * every other refusal. The HTTP layer's own check (route order -2) would answer a bare 413 without a body; this
 * route runs just before it and closes the connection, as that check does, so the body is never read. Used by both
 * services, each with its own limit; a smaller per-endpoint limit (the scoring BodySizeLimit) answers alike.
 */
@ApplicationScoped
public class OversizedBodies {

    void register(@Observes Router router, @ConfigProperty(name = "quarkus.http.limits.max-body-size",
            defaultValue = "10240K") MemorySize limit) {
        long maxBytes = limit.asLongValue();
        String problem = "{\"type\":\"about:blank\",\"title\":\"Payload too large\",\"status\":413,\"detail\":"
                + "\"the body is larger than the limit of " + maxBytes + " bytes\"}";
        router.route().order(-3).handler(context -> {
            if (announcedLength(context.request().getHeader(HttpHeaders.CONTENT_LENGTH)) > maxBytes) {
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(problem);
            } else {
                context.next();
            }
        });
    }

    private static long announcedLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1; // the HTTP layer refuses a malformed length itself
        }
    }
}
