package io.github.idfraud.scoring.rest;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Many HTTP clients percent-encode the colon of {@code /v1/events:batch}; both spellings are the same URI, so the
 * encoded one is rerouted to the route the REST layer knows.
 */
@Singleton
public class BatchPathAlias {

    void register(@Observes Router router) {
        router.route().order(-100).handler(context -> {
            String path = context.request().path();
            if (path.equalsIgnoreCase("/v1/events%3Abatch")) {
                context.reroute("/v1/events:batch");
            } else {
                context.next();
            }
        });
    }
}
