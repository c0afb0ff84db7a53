package io.github.idfraud.scoring.rest;

import io.github.idfraud.contract.Label;
import io.github.idfraud.scoring.quota.TenantQuotas;
import io.github.idfraud.scoring.security.Caller;
import io.github.idfraud.scoring.security.ProbeDetector;
import io.github.idfraud.scoring.service.UnknownEventException;
import io.github.idfraud.scoring.service.LabelService;
import io.smallrye.mutiny.Uni;
import io.github.idfraud.scoring.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Labels (chargebacks, case outcomes, consumer answers) for events this tenant sent. */
@Path("/v1/labels")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "tenantKey")
@RolesAllowed(Roles.TENANT)
public class LabelResource {

    private final LabelService labels;
    private final RequestValidator validator;
    private final TimeBoundsValidator times;
    private final Caller caller;
    private final TenantQuotas quotas;
    private final ProbeDetector probes;

    LabelResource(LabelService labels, RequestValidator validator, TimeBoundsValidator times, Caller caller,
                  TenantQuotas quotas, ProbeDetector probes) {
        this.quotas = quotas;
        this.probes = probes;
        this.labels = labels;
        this.validator = validator;
        this.times = times;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Report a label", description = "Label-based features count it from its reportedAt. "
            + "A FRAUD label links the event's device, counterparty, address and customer; LEGIT withdraws it. "
            + "404 for an event this tenant did not send. reportedAt: " + TimeBoundsValidator.DESCRIPTION)
    public Uni<Response> report(Label label) {
        validator.requireValid(label, "label");
        times.requireWithin(label.reportedAt(), TimeBoundsValidator.REPORTED_AT);
        String tenant = caller.tenant();
        quotas.take(tenant, 1);
        return labels.apply(tenant, label)
                .onItemOrFailure().invoke((done, failure) -> probes.labelled(tenant, failure instanceof UnknownEventException))
                .map(done -> Response.accepted(new LabelAccepted(label.eventId(), label.label().name())).build());
    }

    /** Confirmation that a label was applied. */
    public record LabelAccepted(String eventId, String label) {
    }
}
