package io.github.idfraud.scoring.rest;

import io.github.idfraud.problem.InvalidRequestException;
import io.github.idfraud.problem.Problem;
import io.github.idfraud.scoring.model.ModelRegistry;
import io.github.idfraud.scoring.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Operators roll out models without a restart: reload the champion, load a shadow challenger, promote it. */
@Path("/admin/model")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "adminKey")
@RolesAllowed(Roles.ADMIN)
public class AdminModelResource {

    private final ModelRegistry registry;

    AdminModelResource(ModelRegistry registry) {
        this.registry = registry;
    }

    /** Where to load a model from: a file path or {@code classpath:...}; empty means the configured champion path. */
    public record ModelLocation(String location) {
    }

    /** The model now holding a role. */
    public record ModelSwap(String role, String version, String source) {
    }

    @POST
    @Path("/reload")
    @Operation(summary = "Load the champion again (from its configured path, or the given location) and swap it in")
    public ModelSwap reload(ModelLocation body) {
        var loaded = guarded(() -> registry.reloadChampion(body == null ? null : body.location()));
        return new ModelSwap("champion", loaded.version(), loaded.source());
    }

    @POST
    @Path("/challenger")
    @Operation(summary = "Load a challenger that scores every event in shadow")
    public ModelSwap challenger(ModelLocation body) {
        if (body == null || body.location() == null || body.location().isBlank()) {
            throw new InvalidRequestException(List.of(new Problem.FieldViolation("location", "is required")));
        }
        var loaded = guarded(() -> registry.loadChallenger(body.location()));
        return new ModelSwap("challenger", loaded.version(), loaded.source());
    }

    @POST
    @Path("/promote")
    @Operation(summary = "Make the challenger the champion, without a restart")
    public ModelSwap promote() {
        var promoted = guarded(registry::promoteChallenger);
        return new ModelSwap("champion", promoted.version(), promoted.source());
    }

    @DELETE
    @Path("/challenger")
    @Operation(summary = "Stop shadow scoring")
    public Response dropChallenger() {
        registry.dropChallenger();
        return Response.noContent().build();
    }

    /** A refused artifact is the operator's input problem (409), and the live model stays as it was. */
    private static <T> T guarded(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (IllegalStateException | IllegalArgumentException
                 | UncheckedIOException e) {
            throw new jakarta.ws.rs.WebApplicationException(e.getMessage(),
                    Problem.response(Response.Status.CONFLICT, "Model refused", e.getMessage(), List.of()));
        }
    }
}
