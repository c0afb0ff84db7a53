package io.github.idfraud.cases.web;

import io.github.idfraud.cases.entity.CaseStatus;
import io.github.idfraud.cases.entity.Disposition;
import io.github.idfraud.cases.entity.FraudCase;
import io.github.idfraud.cases.rest.PlainText;
import io.github.idfraud.cases.rest.QueryParams;
import io.github.idfraud.cases.security.Analyst;
import io.github.idfraud.cases.service.CaseNotFoundException;
import io.github.idfraud.cases.service.CaseWorkflow;
import io.github.idfraud.cases.service.IllegalTransitionException;
import io.github.idfraud.cases.service.NotCaseOwnerException;
import io.github.idfraud.cases.service.QueueFilter;
import io.github.idfraud.cases.service.ScenarioHint;
import io.github.idfraud.cases.service.WorkbenchQueries;
import io.github.idfraud.problem.InvalidRequestException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The workbench queue: the bank's open cases, most urgent first, with filters, "take next" and bulk actions. An
 * analyst sees the unassigned cases and their own; a supervisor sees everyone's and may filter by assignee.
 */
@Path("/workbench")
@RolesAllowed({Analyst.ANALYST, Analyst.SUPERVISOR})
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Workbench", description = "Server-rendered pages for analysts (sign-in with the OIDC code flow)")
public class QueuePage {

    /** How many cases one queue page lists. */
    static final int PAGE = 100;

    private final WorkbenchQueries queries;
    private final CaseWorkflow workflow;
    private final Analyst analyst;
    private final Template queue;

    QueuePage(WorkbenchQueries queries, CaseWorkflow workflow, Analyst analyst,
              @Location("workbench/queue.html") Template queue) {
        this.queries = queries;
        this.workflow = workflow;
        this.analyst = analyst;
        this.queue = queue;
    }

    @GET
    @Operation(hidden = true)
    public Response home() {
        return Response.seeOther(URI.create("/workbench/queue")).build();
    }

    @GET
    @Path("/queue")
    @Operation(summary = "The queue page")
    public TemplateInstance page(@QueryParam("status") String status, @QueryParam("reason") String reason,
                                 @QueryParam("hint") String hint, @QueryParam("mine") String mine,
                                 @QueryParam("overdue") String overdue, @QueryParam("assignee") String assignee,
                                 @QueryParam("done") String done, @QueryParam("skipped") String skipped) {
        return view(status, reason, hint, mine, overdue, assignee)
                .data("done", QueryParams.integer("done", done, -1, -1, PAGE))
                .data("skipped", QueryParams.integer("skipped", skipped, 0, 0, PAGE))
                .data("reasonCodes", queries.activeReasonCodes(analyst.tenant()));
    }

    @GET
    @Path("/queue/rows")
    @Operation(summary = "The queue's table alone, for filtering in place")
    public TemplateInstance rows(@QueryParam("status") String status, @QueryParam("reason") String reason,
                                 @QueryParam("hint") String hint, @QueryParam("mine") String mine,
                                 @QueryParam("overdue") String overdue, @QueryParam("assignee") String assignee) {
        return queue.getFragment("rows").instance()
                .data("viewer", Viewer.of(analyst))
                .data("queue", queries.queue(analyst.tenant(), analyst.name(), analyst.isSupervisor(),
                        filter(status, reason, hint, mine, overdue, assignee), PAGE));
    }

    @POST
    @Path("/queue/take-next")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Assign the most urgent unassigned case to me and open it")
    public Response takeNext() {
        FraudCase taken = workflow.takeNext(analyst.tenant(), analyst.name());
        return Response.seeOther(URI.create(taken == null ? "/workbench/queue?done=0" : "/workbench/cases/" + taken.id))
                .build();
    }

    @POST
    @Path("/queue/bulk")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Assign the selected cases, or close them as false positives with a note")
    public Response bulk(@FormParam("case") List<String> caseIds, @FormParam("action") String action,
                         @FormParam("assignee") String assignee, @FormParam("note") String note) {
        if (caseIds == null || caseIds.isEmpty()) {
            throw new InvalidRequestException("case", "select at least one case");
        }
        List<UUID> ids = caseIds.stream().map(QueryParams::caseId).toList();
        BulkAction bulk = CaseForms.requiredChoice("action", BulkAction.parse(action));
        String target = bulk == BulkAction.ASSIGN ? assigneeFor(assignee) : null;
        String reason = bulk == BulkAction.CLOSE_FALSE_POSITIVE ? CaseForms.required("note", note, 2000) : null;
        int done = 0;
        for (UUID id : ids) {
            try {
                if (bulk == BulkAction.ASSIGN) {
                    workflow.assign(analyst.tenant(), id, target, analyst.name());
                } else {
                    workflow.transition(analyst.tenant(), id, CaseStatus.DISMISSED, Disposition.FALSE_POSITIVE,
                            reason, analyst.actor());
                }
                done++;
            } catch (NotCaseOwnerException | IllegalTransitionException | CaseNotFoundException skipped) {
                // Counted, not fatal: the rest of the selection still gets done.
            }
        }
        return Response.seeOther(URI.create("/workbench/queue?done=" + done + "&skipped=" + (ids.size() - done)))
                .build();
    }

    /** Analysts assign to themselves only; a supervisor names anyone (blank: themselves). */
    private String assigneeFor(String requested) {
        if (!analyst.isSupervisor() || requested == null || requested.isBlank()) {
            return analyst.name();
        }
        return CaseForms.required("assignee", requested, 128);
    }

    private TemplateInstance view(String status, String reason, String hint, String mine, String overdue,
                                  String assignee) {
        QueueFilter filter = filter(status, reason, hint, mine, overdue, assignee);
        return queue.data("viewer", Viewer.of(analyst))
                .data("filter", filter)
                .data("statuses", CaseStatus.values())
                .data("hints", ScenarioHint.values())
                .data("queue", queries.queue(analyst.tenant(), analyst.name(), analyst.isSupervisor(), filter, PAGE));
    }

    private static QueueFilter filter(String status, String reason, String hint, String mine, String overdue,
                                      String assignee) {
        return new QueueFilter(QueryParams.enumValue("status", blankToNull(status), CaseStatus.class),
                blankToNull(PlainText.check("reason", reason)),
                QueryParams.enumValue("hint", blankToNull(hint), ScenarioHint.class),
                "on".equals(mine), "on".equals(overdue), blankToNull(PlainText.check("assignee", assignee)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** What a bulk form may ask for. */
    enum BulkAction {
        ASSIGN, CLOSE_FALSE_POSITIVE;

        static BulkAction parse(String value) {
            return QueryParams.enumValue("action", value == null ? null : value.toUpperCase(java.util.Locale.ROOT)
                    .replace('-', '_'), BulkAction.class);
        }
    }
}
