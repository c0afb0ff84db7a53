package io.github.idfraud.scoring.rest;

import io.github.idfraud.problem.InvalidRequestException;
import io.github.idfraud.problem.Problem;
import io.github.idfraud.contract.Decision;
import io.github.idfraud.contract.Event;
import io.github.idfraud.scoring.config.ScoringConfig;
import io.github.idfraud.scoring.security.Caller;
import io.github.idfraud.scoring.security.ProbeDetector;
import io.github.idfraud.scoring.quota.TenantQuotas;
import io.github.idfraud.scoring.service.BatchScorer;
import io.github.idfraud.scoring.service.ScoringService;
import io.smallrye.mutiny.Uni;
import io.github.idfraud.scoring.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The scoring API banks call for every account event and transaction. */
@Path("/v1")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "tenantKey")
@RolesAllowed(Roles.TENANT)
public class EventResource {

    private final ScoringService scoring;
    private final BatchScorer batches;
    private final RequestValidator validator;
    private final TimeBoundsValidator times;
    private final Caller caller;
    private final TenantQuotas quotas;
    private final ProbeDetector probes;
    private final int maxBatchEvents;

    EventResource(ScoringService scoring, BatchScorer batches, RequestValidator validator, TimeBoundsValidator times,
                  Caller caller, TenantQuotas quotas, ProbeDetector probes, ScoringConfig config) {
        this.scoring = scoring;
        this.batches = batches;
        this.quotas = quotas;
        this.probes = probes;
        this.validator = validator;
        this.times = times;
        this.caller = caller;
        this.maxBatchEvents = config.limits().maxBatchEvents();
    }

    @POST
    @Path("/events")
    @Operation(summary = "Score one event", description = "Answers with a score, a decision and reason codes. "
            + "The same (tenant, eventId) returns the stored answer and never counts twice. "
            + "occurredAt: " + TimeBoundsValidator.DESCRIPTION)
    public Uni<Decision> score(Event event, @QueryParam("explain") @DefaultValue("false") boolean explain) {
        validator.requireValid(event, "event");
        times.requireWithin(event.occurredAt(), TimeBoundsValidator.OCCURRED_AT);
        quotas.take(caller.tenant(), 1);
        probes.scored(caller.tenant(), explain);
        return scoring.score(caller.tenant(), event, explain);
    }

    @POST
    @Path("/events:batch")
    @Operation(summary = "Score up to 1,000 events in time order", description = "All events are validated first; "
            + "one invalid event (an occurredAt out of bounds or an eventId repeated in the batch included) refuses the whole "
            + "batch and nothing is scored.")
    public Uni<BatchResponse> scoreBatch(BatchRequest batch) {
        if (batch == null || batch.events() == null) {
            throw new InvalidRequestException(List.of(new Problem.FieldViolation("events", "is required")));
        }
        List<Event> events = batch.events();
        if (events.size() > maxBatchEvents) {
            throw new InvalidRequestException(List.of(new Problem.FieldViolation("events",
                    "has " + events.size() + " events; at most " + maxBatchEvents + " are allowed")));
        }
        List<Problem.FieldViolation> violations = new ArrayList<>();
        // A repeated id would be answered with its first event's stored answer, whatever the second one says.
        Map<String, Integer> firstWithId = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) == null) {
                violations.add(new Problem.FieldViolation("events[" + i + "]", "must not be null"));
            } else {
                violations.addAll(validator.violations(events.get(i), "events[" + i + "]."));
                violations.addAll(times.violations(events.get(i).occurredAt(), "events[" + i + "]." + TimeBoundsValidator.OCCURRED_AT));
                Integer first = events.get(i).eventId() == null ? null : firstWithId.putIfAbsent(events.get(i).eventId(), i);
                if (first != null) {
                    violations.add(new Problem.FieldViolation("events[" + i + "].eventId",
                            "repeats the eventId of events[" + first + "]; each event of a batch needs its own"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        String tenant = caller.tenant();
        quotas.take(tenant, events.size());
        // As if one after the other, in the order given: later events build on the windows of earlier ones.
        return batches.score(tenant, events).map(BatchResponse::new);
    }
}
