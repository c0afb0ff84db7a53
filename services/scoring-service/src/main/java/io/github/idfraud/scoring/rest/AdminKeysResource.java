package io.github.idfraud.scoring.rest;

import io.github.idfraud.contract.EnvironmentVariables;
import io.github.idfraud.features.Pseudonymiser;
import io.github.idfraud.problem.InvalidRequestException;
import io.github.idfraud.problem.Problem;
import io.github.idfraud.scoring.config.ScoringConfig;
import io.github.idfraud.scoring.config.SecretKeys;
import io.github.idfraud.scoring.redis.RetiredKeyValues;
import io.github.idfraud.scoring.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Key rotation for operators (docs/operations.md, "Rotating keys"): which key ids this replica uses, so every replica
 * can be checked to run the same keys before the next step, and the re-key tool that ends a pseudonymisation-key
 * rotation window by deleting every identifier value still under a retired key id.
 */
@Path("/admin/keys")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "adminKey")
@RolesAllowed(Roles.ADMIN)
public class AdminKeysResource {

    private final Pseudonymiser pseudonymiser;
    private final ScoringConfig config;
    private final RetiredKeyValues retired;

    AdminKeysResource(Pseudonymiser pseudonymiser, ScoringConfig config, RetiredKeyValues retired) {
        this.pseudonymiser = pseudonymiser;
        this.config = config;
        this.retired = retired;
    }

    /** The ids (never the keys) of the keys this replica uses; previous ones null or empty outside a window. */
    public record KeyIds(String pseudonymisation, String pseudonymisationPrevious, String contactEncryption,
                         String vault) {
    }

    /**
     * @param prefix a replay's own feature namespace to clean, and nothing else; when absent, the service's feature
     *               values and the verified-contact vault
     */
    public record RetireRequest(String prefix) {
    }

    public record Retired(String keyId, String prefix, long deleted) {
    }

    @GET
    @Operation(summary = "The ids of the keys this replica uses")
    public KeyIds keyIds() {
        Pseudonymiser previous = pseudonymiser.previous();
        return new KeyIds(pseudonymiser.keyId(), previous == null ? null : previous.keyId(),
                SecretKeys.alertCipher(config).keyId(), SecretKeys.vaultCipher(config).keyId());
    }

    @POST
    @Path("/pseudonymisation/retire")
    @Operation(summary = "End a pseudonymisation-key rotation: delete every identifier value under another key id")
    public Response retire(RetireRequest body) {
        if (pseudonymiser.previous() != null) {
            return Problem.response(Response.Status.CONFLICT, "Rotation window still open",
                    "this replica still moves values from the previous key: remove "
                            + EnvironmentVariables.FRAUD_PSEUDONYMISATION_PREVIOUS_KEY + " from every replica first");
        }
        boolean wholeService = body == null || body.prefix() == null;
        String prefix = wholeService ? config.featureKeyPrefix() : body.prefix();
        if (prefix.isBlank() || prefix.contains("*") || prefix.contains("{") || prefix.contains("}")) {
            throw new InvalidRequestException(List.of(new Problem.FieldViolation("prefix",
                    "must be a key prefix without braces or wildcards, such as " + config.featureKeyPrefix())));
        }
        String keyId = pseudonymiser.keyId();
        return Response.ok(new Retired(keyId, prefix, retired.delete(prefix, wholeService, keyId))).build();
    }
}
