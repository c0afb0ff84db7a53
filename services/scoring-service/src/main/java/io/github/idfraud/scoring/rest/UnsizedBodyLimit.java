package io.github.idfraud.scoring.rest;

import io.github.idfraud.scoring.config.ScoringConfig;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * {@link BodySizeLimit}'s limits for a body sent without a Content-Length (chunked), counted before it is parsed:
 * leaving the length out must not raise an event's limit to the HTTP layer's hard stop.
 */
@Provider
public class UnsizedBodyLimit implements ReaderInterceptor {

    // Looked up per body: providers are made at start-up, before the configuration mapping can be injected.
    private final Instance<ScoringConfig> config;

    UnsizedBodyLimit(Instance<ScoringConfig> config) {
        this.config = config;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getHeaders().containsKey(HttpHeaders.CONTENT_LENGTH)) {
            return context.proceed(); // a declared length over the limit was refused before the body was read
        }
        int limit = BodySizeLimit.limit(config.get().limits(), context.getType() == BatchRequest.class);
        byte[] body = context.getInputStream().readNBytes(limit + 1);
        if (body.length > limit) {
            throw new BodyTooLargeException("the body has more than " + limit + " bytes; the limit is " + limit);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}
