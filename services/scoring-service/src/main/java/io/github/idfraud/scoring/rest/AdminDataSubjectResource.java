package io.github.idfraud.scoring.rest;

import io.github.idfraud.problem.InvalidRequestException;
import io.github.idfraud.problem.Problem;
import io.github.idfraud.scoring.security.Roles;
import io.github.idfraud.scoring.security.TenantKeys;
import io.github.idfraud.scoring.service.DataSubjects;
import io.github.idfraud.scoring.service.DataSubjects.Erasure;
import io.github.idfraud.scoring.service.DataSubjects.Export;
import io.github.idfraud.scoring.service.DataSubjects.Subject;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Operators export or erase what the scoring service keeps about one person, given their identifiers; the answer
 * names the person's pseudonyms, for the case service's part (docs/operations.md, "Data-subject requests").
 */
@Path("/admin/data-subjects")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "adminKey")
@RolesAllowed(Roles.ADMIN)
public class AdminDataSubjectResource {

    private static final int MAX_LENGTH = 320;

    private final DataSubjects subjects;
    private final TenantKeys tenants;

    AdminDataSubjectResource(DataSubjects subjects, TenantKeys tenants) {
        this.subjects = subjects;
        this.tenants = tenants;
    }

    /** Any of the person's identifiers; {@code customerId} is a bank's own id and needs that bank's {@code tenant}. */
    public record Identifiers(String email, String phone, String nationalId, String customerId) {
    }

    public record Request(String tenant, Identifiers identifiers) {
    }

    @POST
    @Path("/export")
    @Operation(summary = "Everything kept in Redis about the person, readable (their verified contacts opened), and "
            + "their pseudonyms for the case service's export")
    public Uni<Export> export(Request body) {
        return subjects.export(subject(body));
    }

    @POST
    @Path("/erase")
    @Operation(summary = "Delete every Redis key about the person; answers their pseudonyms for the case service's "
            + "erasure. Idempotent.")
    public Uni<Erasure> erase(Request body) {
        return subjects.erase(subject(body));
    }

    private Subject subject(Request body) {
        if (body == null || body.identifiers() == null) {
            throw new InvalidRequestException("identifiers", "is required: {\"identifiers\": {\"email\": ...}}");
        }
        Identifiers ids = body.identifiers();
        List<Problem.FieldViolation> problems = new ArrayList<>();
        check(problems, "identifiers.email", ids.email());
        check(problems, "identifiers.phone", ids.phone());
        check(problems, "identifiers.nationalId", ids.nationalId());
        check(problems, "identifiers.customerId", ids.customerId());
        if (ids.phone() != null && !ids.phone().strip().matches("(\\+|00)[0-9 ()\\-.]{4,30}")) {
            problems.add(new Problem.FieldViolation("identifiers.phone", "must be in international format, e.g. +447700900123"));
        }
        if (ids.email() == null && ids.phone() == null && ids.nationalId() == null && ids.customerId() == null) {
            problems.add(new Problem.FieldViolation("identifiers", "must name at least one of email, phone, nationalId, customerId"));
        }
        if (ids.customerId() != null && (body.tenant() == null || !tenants.tenants().contains(body.tenant()))) {
            problems.add(new Problem.FieldViolation("tenant", "must be a configured tenant: a customerId is that bank's own id"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new Subject(body.tenant(), ids.email(), ids.phone(), ids.nationalId(), ids.customerId());
    }

    private static void check(List<Problem.FieldViolation> problems, String field, String value) {
        if (value != null && (value.isBlank() || value.length() > MAX_LENGTH)) {
            problems.add(new Problem.FieldViolation(field, "must be 1 to " + MAX_LENGTH + " characters when given"));
        }
    }
}
