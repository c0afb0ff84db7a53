package io.github.idfraud.scoring.rest;

import io.github.idfraud.features.Feature;
import io.github.idfraud.models.ModelCard;
import io.github.idfraud.scoring.model.ModelRegistry;
import io.github.idfraud.scoring.service.DecisionPolicy;
import io.github.idfraud.scoring.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Which model decides right now, what it was trained on, how well it did, and the thresholds in force. */
@Path("/v1/model")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "tenantKey")
@RolesAllowed(Roles.TENANT)
public class ModelResource {

    private final ModelRegistry registry;
    private final DecisionPolicy policy;

    ModelResource(ModelRegistry registry, DecisionPolicy policy) {
        this.registry = registry;
        this.policy = policy;
    }

    /**
     * The live model as a bank sees it: what decides and how well, never where it came from (file paths and the
     * training provenance are for operators, {@code GET /admin/model}).
     */
    public record ModelView(String version, String algorithm, Instant createdAt, Instant loadedAt,
                            ModelCard.Data data, ModelCard.Metrics metrics, ModelCard.Thresholds thresholds,
                            List<FeatureView> features, ChallengerView challenger) {
    }

    /** The model scoring in shadow, if any. */
    public record ChallengerView(String version, Instant loadedAt) {
    }

    /** A feature name and its one-line meaning. */
    public record FeatureView(String name, String meaning) {
    }

    @GET
    @Operation(summary = "The live model: version, features, metrics, thresholds")
    public ModelView live() {
        var live = registry.live();
        ModelCard card = live.model().card();
        List<FeatureView> features = Arrays.stream(Feature.values())
                .map(f -> new FeatureView(f.featureName(), f.meaning())).toList();
        ChallengerView challenger = registry.challenger()
                .map(c -> new ChallengerView(c.version(), c.loadedAt())).orElse(null);
        return new ModelView(card.version(), card.algorithm(), card.createdAt(), live.loadedAt(),
                card.data(), card.metrics(), policy.thresholds(card), features, challenger);
    }
}
