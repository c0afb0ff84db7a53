package io.github.idfraud.cases.rest;

import io.github.idfraud.cases.entity.CaseStatus;
import io.github.idfraud.cases.entity.Priority;
import io.github.idfraud.cases.rest.CaseViews.AuditView;
import io.github.idfraud.cases.rest.CaseViews.CaseDetail;
import io.github.idfraud.cases.rest.CaseViews.CasePage;
import io.github.idfraud.cases.rest.CaseViews.CaseSummary;
import io.github.idfraud.cases.rest.CaseViews.NoteView;
import io.github.idfraud.cases.security.Analyst;
import io.github.idfraud.cases.service.CaseFilter;
import io.github.idfraud.cases.service.CaseQueries;
import io.github.idfraud.cases.service.CaseWorkflow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The analyst API: list, read, assign, move and annotate the cases of the caller's bank. */
@Path("/v1/cases")
@RolesAllowed({Analyst.ANALYST, Analyst.SUPERVISOR})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Fraud cases of the caller's bank (tenant claim of the bearer token)")
@SecurityRequirement(name = "analystJwt")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "404", description = "No such case for the caller's bank (another bank's case included)")
public class CaseResource {

    private final CaseQueries queries;
    private final CaseWorkflow workflow;
    private final Analyst analyst;

    CaseResource(CaseQueries queries, CaseWorkflow workflow, Analyst analyst) {
        this.queries = queries;
        this.workflow = workflow;
        this.analyst = analyst;
    }

    @GET
    @Operation(summary = "List cases", description = "Most urgent first (priority, then due time). Dates filter the "
            + "opening time: an ISO-8601 instant, or a date (from: start of that day; to: end of that day, UTC).")
    public CasePage list(@QueryParam("status") @Parameter(description = "OPEN, IN_REVIEW, ...") String status,
                         @QueryParam("priority") @Parameter(description = "P1, P2 or P3") String priority,
                         @QueryParam("assignee") String assignee,
                         @QueryParam("from") String from,
                         @QueryParam("to") String to,
                         @QueryParam("page") @Parameter(description = "0-based, default 0") String page,
                         @QueryParam("size") @Parameter(description = "1-200, default 20") String size) {
        CaseFilter filter = new CaseFilter(QueryParams.enumValue("status", status, CaseStatus.class),
                QueryParams.enumValue("priority", priority, Priority.class),
                assignee == null || assignee.isBlank() ? null : PlainText.check("assignee", assignee),
                QueryParams.instant("from", from, false), QueryParams.instant("to", to, true));
        int pageNumber = QueryParams.integer("page", page, 0, 0, 1_000_000);
        int pageSize = QueryParams.integer("size", size, 20, 1, 200);
        CaseQueries.Page result = queries.list(analyst.tenant(), filter, pageNumber, pageSize);
        return new CasePage(result.items().stream().map(CaseSummary::of).toList(), pageNumber, pageSize,
                result.total());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A case with its events, reasons, notes, email states and bank webhook states")
    public CaseDetail detail(@PathParam("id") String id) {
        return CaseDetail.of(queries.file(analyst.tenant(), QueryParams.caseId(id)));
    }

    @PUT
    @Path("/{id}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign or unassign a case", description = "Analysts may take a case (assign themselves) "
            + "or unassign it; supervisors may assign anyone.")
    @APIResponse(responseCode = "403", description = "An analyst tried to assign someone else")
    public CaseSummary assign(@PathParam("id") String id, @Valid @NotNull CaseRequests.Assignment body) {
        String assignee = body.assignee();
        if (assignee != null && !analyst.isSupervisor() && !assignee.equals(analyst.name())) {
            throw new ForbiddenException("analysts may assign cases only to themselves; supervisors may assign anyone");
        }
        return CaseSummary.of(workflow.assign(analyst.tenant(), QueryParams.caseId(id), assignee, analyst.name()));
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a case to another status, with a reason",
            description = "OPEN -> IN_REVIEW | AWAITING_CONSUMER | CONFIRMED_FRAUD | DISMISSED; IN_REVIEW -> "
                    + "AWAITING_CONSUMER | CONFIRMED_FRAUD | DISMISSED; AWAITING_CONSUMER -> IN_REVIEW | "
                    + "CONFIRMED_FRAUD | DISMISSED; final statuses never move. A final status needs the case's "
                    + "assignee or a supervisor, and its disposition (CONFIRMED_FRAUD, FALSE_POSITIVE or "
                    + "CONSUMER_CONFIRMED) labels the case's events (source CASE) for the scoring service.")
    @APIResponse(responseCode = "403", description = "A final status by someone neither assignee nor supervisor")
    @APIResponse(responseCode = "409", description = "The transition is not allowed from the current status")
    public CaseSummary transition(@PathParam("id") String id, @Valid @NotNull CaseRequests.Transition body) {
        return CaseSummary.of(workflow.transition(analyst.tenant(), QueryParams.caseId(id), body.to(),
                body.disposition(), body.reason().trim(), analyst.actor()));
    }

    @POST
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a note to a case")
    @APIResponse(responseCode = "201", description = "The note (the one stored before, for a repeated Idempotency-Key)")
    public Response addNote(@PathParam("id") String id, @Valid @NotNull CaseRequests.Note body,
                            @HeaderParam(QueryParams.IDEMPOTENCY_KEY) @Parameter(description = "up to 64 letters, "
                                    + "digits and . _ : -; a retry with the same key stores nothing twice")
                            String idempotencyKey) {
        NoteView note = NoteView.of(workflow.addNote(analyst.tenant(), QueryParams.caseId(id), body.text(),
                analyst.name(), QueryParams.idempotencyKey(idempotencyKey)));
        return Response.status(Response.Status.CREATED).entity(note).build();
    }

    @GET
    @Path("/{id}/audit")
    @Operation(summary = "The case's audit trail, oldest first (append-only)")
    public List<AuditView> audit(@PathParam("id") String id) {
        return queries.audit(analyst.tenant(), QueryParams.caseId(id)).stream().map(AuditView::of).toList();
    }
}
