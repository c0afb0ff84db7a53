package io.github.idfraud.cases.web;

import io.github.idfraud.cases.security.Analyst;
import io.github.idfraud.cases.service.TenantOverview;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The bank's overview: the page, and its figures as JSON for the charts (drawn in the browser by ECharts). */
@Path("/workbench/overview")
@RolesAllowed({Analyst.ANALYST, Analyst.SUPERVISOR})
@Tag(name = "Workbench")
public class OverviewPage {

    private final TenantOverview overview;
    private final Analyst analyst;
    private final Template page;

    OverviewPage(TenantOverview overview, Analyst analyst, @Location("workbench/overview.html") Template page) {
        this.overview = overview;
        this.analyst = analyst;
        this.page = page;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The overview page")
    public TemplateInstance show() {
        TenantOverview.Figures figures = overview.of(analyst.tenant());
        return page.data("viewer", Viewer.of(analyst)).data("figures", figures).data("days", TenantOverview.DAYS);
    }

    @GET
    @Path("/figures")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The overview's figures for the charts")
    public TenantOverview.Figures figures() {
        return overview.of(analyst.tenant());
    }
}
