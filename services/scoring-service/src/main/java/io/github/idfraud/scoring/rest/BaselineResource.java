package io.github.idfraud.scoring.rest;

import io.github.idfraud.scoring.config.ScoringConfig;
import io.github.idfraud.scoring.redis.BaselineRead;
import io.github.idfraud.scoring.security.Caller;
import io.smallrye.mutiny.Uni;
import io.github.idfraud.scoring.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The benchmark's ceiling: same HTTP stack, authentication and JSON body as {@code /v1/events}, but only one Redis
 * round trip and no scoring. Off unless {@code fraud.bench.baseline-enabled} is set (the benchmark sets it).
 */
@Path("/v1/bench/baseline")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TENANT)
public class BaselineResource {

    private final BaselineRead redis;
    private final Caller caller;
    private final boolean enabled;

    BaselineResource(BaselineRead redis, Caller caller, ScoringConfig config) {
        this.redis = redis;
        this.caller = caller;
        this.enabled = config.benchBaselineEnabled();
    }

    @POST
    @Operation(hidden = true)
    public Uni<Map<String, String>> baseline(Map<String, Object> body) {
        if (!enabled) {
            throw new NotFoundException();
        }
        String tenant = caller.tenant();
        return redis.read(tenant).map(done -> Map.of("tenant", tenant));
    }
}
