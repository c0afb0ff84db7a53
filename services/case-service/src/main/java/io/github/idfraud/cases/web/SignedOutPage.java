package io.github.idfraud.cases.web;

import jakarta.annotation.security.PermitAll;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Where the identity provider sends an analyst after signing out: outside the workbench, so no sign-in again. */
@Path("/signed-out")
@PermitAll
public class SignedOutPage {

    private final Template page;

    SignedOutPage(@Location("workbench/signed-out.html") Template page) {
        this.page = page;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance show() {
        return page.instance();
    }
}
