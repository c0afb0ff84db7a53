package io.github.idfraud.cases.rest;

import io.github.idfraud.cases.security.Analyst;
import io.github.idfraud.cases.service.LabelExport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Labels of the caller's bank as event-log lines, for retraining (supervisors only). */
@Path("/v1/labels/export")
@RolesAllowed(Analyst.SUPERVISOR)
@Tag(name = "Labels")
@SecurityRequirement(name = "analystJwt")
public class LabelExportResource {

    public static final String NDJSON = "application/x-ndjson";

    private final LabelExport export;
    private final Analyst analyst;

    LabelExportResource(LabelExport export, Analyst analyst) {
        this.export = export;
        this.analyst = analyst;
    }

    @GET
    @Produces(NDJSON)
    @Operation(summary = "Export labels as event-log lines",
            description = "One {\"tenant\":...,\"label\":{eventId,label,reportedAt,source}} JSON object per line, "
                    + "ordered by reportedAt; only the caller's own tenant. Page with since = last reportedAt.")
    @APIResponse(responseCode = "200", description = "JSON Lines")
    @APIResponse(responseCode = "403", description = "The caller is not a supervisor")
    public String export(@QueryParam("since") @Parameter(description = "ISO-8601 instant or date; default: all")
                         String since,
                         @QueryParam("limit") @Parameter(description = "1-100000, default 10000") String limit) {
        Instant from = QueryParams.instant("since", since, false);
        return export.ndjson(analyst.tenant(), from == null ? Instant.EPOCH : from,
                QueryParams.integer("limit", limit, 10_000, 1, 100_000));
    }
}
