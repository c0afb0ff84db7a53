package io.github.idfraud.scoring.rest;

import io.github.idfraud.problem.InvalidRequestException;
import io.github.idfraud.problem.Problem;
import io.github.idfraud.scoring.model.ModelLocationRefusedException;
import io.github.idfraud.scoring.model.ModelRegistry;
import io.github.idfraud.scoring.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
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

    /**
     * A model artifact to load: {@code location} in the model directory (FRAUD_MODEL_ADMIN_DIRECTORY), pinned by the
     * {@code sha256} of its bytes; no location means the configured champion path.
     */
    public record ModelLocation(String location, String sha256) {

        boolean named() {
            return location != null && !location.isBlank();
        }
    }

    /** The model now deciding, and the one in shadow, with where each came from (operators only). */
    public record ModelsView(ModelView champion, ModelView challenger) {
    }

    /** A loaded model: its version, source, load time and training provenance. */
    public record ModelView(String version, String source, Instant loadedAt, String provenance) {

        static ModelView of(ModelRegistry.LiveModel model) {
            return new ModelView(model.version(), model.source(), model.loadedAt(), model.model().card().provenance());
        }
    }

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    /** The model now holding a role. */
    public record ModelSwap(String role, String version, String source) {
    }

    @GET
    @Operation(summary = "The champion and the challenger, with their sources and provenance")
    public ModelsView models() {
        return new ModelsView(ModelView.of(registry.live()), registry.challenger().map(ModelView::of).orElse(null));
    }

    @POST
    @Path("/reload")
    @Operation(summary = "Load the champion again (from its configured path, or the given pinned location) and swap it in")
    public ModelSwap reload(ModelLocation body) {
        var loaded = body == null || !body.named() ? guarded(registry::reloadChampion)
                : guarded(() -> registry.reloadChampion(body.location(), pinnedDigest(body)));
        return new ModelSwap("champion", loaded.version(), loaded.source());
    }

    @POST
    @Path("/challenger")
    @Operation(summary = "Load a challenger that scores every event in shadow")
    public ModelSwap challenger(ModelLocation body) {
        if (body == null || !body.named()) {
            throw new InvalidRequestException(List.of(new Problem.FieldViolation("location", "is required")));
        }
        var loaded = guarded(() -> registry.loadChallenger(body.location(), pinnedDigest(body)));
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

    private static String pinnedDigest(ModelLocation body) {
        if (body.sha256() == null || !SHA256.matcher(body.sha256()).matches()) {
            throw new InvalidRequestException(List.of(new Problem.FieldViolation("sha256",
                    "is required with a location: the hex SHA-256 of the artifact, 64 characters")));
        }
        return body.sha256();
    }

    /** A refused artifact is the operator's input problem (409), and the live model stays as it was. */
    private static <T> T guarded(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (ModelLocationRefusedException e) {
            throw new InvalidRequestException(List.of(new Problem.FieldViolation("location", e.getMessage())));
        } catch (IllegalStateException | IllegalArgumentException
                 | UncheckedIOException e) {
            throw new jakarta.ws.rs.WebApplicationException(e.getMessage(),
                    Problem.response(Response.Status.CONFLICT, "Model refused", e.getMessage(), List.of()));
        }
    }
}
