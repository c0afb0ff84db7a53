package io.github.idfraud.cases.rest;

import io.github.idfraud.cases.security.Analyst;
import io.github.idfraud.cases.service.DataSubjects;
import io.github.idfraud.cases.service.DataSubjects.Erasure;
import io.github.idfraud.cases.service.DataSubjects.Export;
import io.github.idfraud.cases.service.DataSubjects.Pseudonym;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Operators export or erase what the case service holds about one person (docs/operations.md, "Data-subject
 * requests"), by the pseudonyms the scoring service's /admin/data-subjects answered for the person's identifiers.
 */
@Path("/admin/data-subjects")
@RolesAllowed(Analyst.OPERATOR)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data subjects", description = "A person's cases and stream entries, exported or erased (operators only)")
@SecurityRequirement(name = "analystJwt")
public class DataSubjectResource {

    private final DataSubjects subjects;
    private final Analyst caller;

    DataSubjectResource(DataSubjects subjects, Analyst caller) {
        this.subjects = subjects;
        this.caller = caller;
    }

    /** The person's pseudonymous identifiers, as {@code {"kind": "email", "pseudonym": "..."}}. */
    public record Query(@NotEmpty @Size(max = 64) List<@Valid @NotNull Identifier> pseudonyms) {
        List<Pseudonym> asPseudonyms() {
            return pseudonyms.stream().map(p -> new Pseudonym(p.kind(), p.pseudonym())).toList();
        }
    }

    public record Identifier(
            @NotNull @Pattern(regexp = "[a-zA-Z]{1,32}", message = "must be an identifier kind such as nationalId")
            String kind,
            @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{8,200}", message = "must be a pseudonym (base64url)")
            String pseudonym) {
    }

    @POST
    @Path("/export")
    @Operation(summary = "Everything held about the person: cases with events (contacts opened), notes, answers, "
            + "e-mails, webhooks, labels, audit; and their stream entries")
    public Export export(@Valid @NotNull Query query) {
        return subjects.export(query.asPseudonyms(), caller.name());
    }

    @POST
    @Path("/erase")
    @Operation(summary = "Delete the person's cases, everything under them and their stream entries; blank their "
            + "audit reasons. Idempotent.")
    public Erasure erase(@Valid @NotNull Query query) {
        return subjects.erase(query.asPseudonyms(), caller.name());
    }
}
