package io.github.idfraud.cases.web;

import io.github.idfraud.cases.entity.AuditAction;
import io.github.idfraud.cases.entity.AuditEntry;
import io.github.idfraud.cases.entity.CaseStatus;
import io.github.idfraud.cases.entity.Disposition;
import io.github.idfraud.cases.entity.FraudCase;
import io.github.idfraud.cases.rest.QueryParams;
import io.github.idfraud.cases.security.Analyst;
import io.github.idfraud.cases.service.CaseFile;
import io.github.idfraud.cases.service.CaseQueries;
import io.github.idfraud.cases.service.CaseWorkflow;
import io.github.idfraud.cases.service.WorkbenchQueries;
import io.github.idfraud.problem.InvalidRequestException;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One case in the workbench: its events with the explanation kept from decision time, the consumer's notice and
 * answer, notes, the audit trail, linked cases; and the forms that take, move, close and annotate it. Another bank's
 * case answers 404 on the page and on every fragment and form, exactly as a missing one.
 */
@Path("/workbench/cases/{id}")
@RolesAllowed({Analyst.ANALYST, Analyst.SUPERVISOR})
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Workbench")
public class CasePage {

    private final CaseQueries queries;
    private final WorkbenchQueries workbench;
    private final CaseWorkflow workflow;
    private final Analyst analyst;
    private final Template page;

    CasePage(CaseQueries queries, WorkbenchQueries workbench, CaseWorkflow workflow, Analyst analyst,
             @Location("workbench/case.html") Template page) {
        this.queries = queries;
        this.workbench = workbench;
        this.workflow = workflow;
        this.analyst = analyst;
        this.page = page;
    }

    @GET
    @Operation(summary = "The case page")
    public TemplateInstance show(@PathParam("id") String id) {
        UUID caseId = QueryParams.caseId(id);
        CaseFile file = queries.file(analyst.tenant(), caseId);
        List<AuditEntry> audit = queries.audit(analyst.tenant(), caseId);
        FraudCase fraudCase = file.fraudCase();
        Viewer viewer = Viewer.of(analyst);
        return page.data("viewer", viewer)
                .data("file", file)
                .data("c", fraudCase)
                .data("audit", audit)
                .data("answers", audit.stream().filter(a -> a.action == AuditAction.CONSUMER_ANSWER).toList())
                .data("moves", fraudCase.status.next().stream().filter(s -> !s.isTerminal()).toList())
                .data("dispositions", fraudCase.status.isTerminal() ? List.of() : List.of(Disposition.values()))
                .data("mayClose", viewer.supervisor() || viewer.name().equals(fraudCase.assignee));
    }

    @GET
    @Path("/linked")
    @Operation(summary = "Cases of the same bank that share an identifier with this one (fragment)")
    public TemplateInstance linked(@PathParam("id") String id) {
        return page.getFragment("linked").instance()
                .data("linked", workbench.linked(analyst.tenant(), QueryParams.caseId(id)));
    }

    @POST
    @Path("/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Add a note; htmx gets the notes back, a plain form the page")
    public Response addNote(@PathParam("id") String id, @FormParam("text") String text,
                            @HeaderParam("HX-Request") String htmx) {
        UUID caseId = QueryParams.caseId(id);
        workflow.addNote(analyst.tenant(), caseId, CaseForms.required("text", text, 10_000), analyst.name());
        if (htmx == null) {
            return backToCase(caseId);
        }
        CaseFile file = queries.file(analyst.tenant(), caseId);
        return Response.ok(page.getFragment("notes").instance().data("file", file).data("c", file.fraudCase()))
                .build();
    }

    @POST
    @Path("/assignee")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Take the case, hand it back, or (supervisors) assign it to someone")
    public Response assign(@PathParam("id") String id, @FormParam("assignee") String assignee,
                           @FormParam("unassign") String unassign) {
        UUID caseId = QueryParams.caseId(id);
        String target;
        if (unassign != null) {
            target = null;
        } else if (analyst.isSupervisor() && assignee != null && !assignee.isBlank()) {
            target = CaseForms.required("assignee", assignee, 128);
        } else {
            target = analyst.name();
        }
        if (target == null && !analyst.isSupervisor()) {
            FraudCase current = queries.file(analyst.tenant(), caseId).fraudCase();
            if (current.assignee != null && !current.assignee.equals(analyst.name())) {
                throw new InvalidRequestException("unassign", "only the assignee or a supervisor may hand a case back");
            }
        }
        workflow.assign(analyst.tenant(), caseId, target, analyst.name());
        return backToCase(caseId);
    }

    @POST
    @Path("/transition")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Move the case to review or to the consumer, with a reason")
    public Response move(@PathParam("id") String id, @FormParam("to") String to, @FormParam("reason") String reason) {
        UUID caseId = QueryParams.caseId(id);
        CaseStatus target = CaseForms.requiredChoice("to", QueryParams.enumValue("to", to, CaseStatus.class));
        if (target.isTerminal()) {
            throw new InvalidRequestException("to", "a case is closed with a disposition, not moved to " + target);
        }
        workflow.transition(analyst.tenant(), caseId, target, null, CaseForms.required("reason", reason, 2000),
                analyst.actor());
        return backToCase(caseId);
    }

    @POST
    @Path("/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Close the case with a disposition (it becomes the label of its events) and a reason")
    public Response close(@PathParam("id") String id, @FormParam("disposition") String disposition,
                          @FormParam("reason") String reason) {
        UUID caseId = QueryParams.caseId(id);
        Disposition outcome = CaseForms.requiredChoice("disposition",
                QueryParams.enumValue("disposition", disposition, Disposition.class));
        workflow.transition(analyst.tenant(), caseId, outcome.status(), outcome,
                CaseForms.required("reason", reason, 2000), analyst.actor());
        return backToCase(caseId);
    }

    private static Response backToCase(UUID caseId) {
        return Response.seeOther(URI.create("/workbench/cases/" + caseId)).build();
    }
}
