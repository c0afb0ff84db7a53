package io.github.idfraud.scoring.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.problem.Problem;
import io.github.idfraud.scoring.config.ScoringConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sheds what this pod cannot score in time: at most {@code fraud.limits.max-in-flight} API requests are worked on at
 * once, and one beyond them is refused at once with 503, {@code Retry-After: 1} and a problem document, before
 * anything else is done with it (no authentication, no parsing). A burst above the pod's capacity then costs the
 * refused callers one quick answer each, and the admitted ones a bounded wait, instead of a queue every later request
 * waits behind for as long as it takes to drain. A request counts from its headers until its answer is sent or its
 * caller hangs up.
 */
@Singleton
public class InFlightLimit {

    /** Every API call; health, metrics and the admin endpoints stay reachable when the pod is saturated. */
    static final String LIMITED_PATHS = "/v1/*";
    /** Refused callers may come back after this many seconds; by then the pod has answered thousands of requests. */
    static final String RETRY_AFTER_SECONDS = "1";
    /** After {@link BatchPathAlias}, which reroutes before any other handler. */
    private static final int ORDER = -90;

    private final int maxInFlight;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Counter refused;
    private final Buffer refusal;

    InFlightLimit(ScoringConfig config, MeterRegistry registry, ObjectMapper json) throws JsonProcessingException {
        this.maxInFlight = config.limits().maxInFlight();
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("fraud.limits.max-in-flight (FRAUD_LIMITS_MAX_IN_FLIGHT) must be at "
                    + "least 1, got " + maxInFlight);
        }
        Gauge.builder("fraud.requests.in.flight", inFlight, AtomicInteger::get)
                .description("API requests this pod is working on").register(registry);
        this.refused = Counter.builder("fraud.requests.overload.refused")
                .description("API requests refused with 503 because the pod had fraud.limits.max-in-flight in flight")
                .register(registry);
        this.refusal = Buffer.buffer(json.writeValueAsBytes(new Problem("about:blank", "Service overloaded", 503,
                "this instance is working on its limit of " + maxInFlight + " requests; nothing was scored or stored; "
                        + "retry after the Retry-After seconds", List.of())));
    }

    void register(@Observes Router router) {
        router.route(LIMITED_PATHS).order(ORDER).handler(this::admit);
    }

    private void admit(RoutingContext context) {
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            refused.increment();
            refuse(context);
            return;
        }
        // Called once, when the answer is sent or the connection closes first (vertx-web's end handlers).
        context.addEndHandler(done -> inFlight.decrementAndGet());
        context.next();
    }

    /**
     * Answers once the body is in, read and dropped: an answer sent before the body is read would leave it in the
     * connection, and the caller would have to reconnect.
     */
    private void refuse(RoutingContext context) {
        HttpServerRequest request = context.request();
        Runnable answer = () -> context.response().setStatusCode(503)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .end(refusal);
        if (request.isEnded()) {
            answer.run();
        } else {
            request.handler(chunk -> { });
            request.endHandler(end -> answer.run());
            request.resume();
        }
    }
}
