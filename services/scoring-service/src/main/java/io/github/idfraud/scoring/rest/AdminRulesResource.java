package io.github.idfraud.scoring.rest;

import io.github.idfraud.problem.InvalidRequestException;
import io.github.idfraud.problem.Problem;
import io.github.idfraud.rules.InvalidRuleSetException;
import io.github.idfraud.rules.Rule;
import io.github.idfraud.rules.RuleSet;
import io.github.idfraud.rules.RuleStatus;
import io.github.idfraud.scoring.rules.RuleAdmin;
import io.github.idfraud.scoring.rules.RuleAdmin.TenantRuleSet;
import io.github.idfraud.scoring.rules.RuleAuditEntry;
import io.github.idfraud.scoring.security.Roles;
import io.github.idfraud.scoring.security.TenantKeys;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Operators manage each tenant's rules (docs/rules.md): list, read, replace the whole set or one rule, change a
 * rule's status, delete a rule, go back to the default set, and read the audit trail. Every change is compiled as a
 * whole set first: a bad rule is a 400 naming it, and nothing is stored.
 */
@Path("/admin/rules")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "adminKey")
@RolesAllowed(Roles.ADMIN)
public class AdminRulesResource {

    /** Optional header naming the person behind the shared admin key, recorded in the audit trail. */
    static final String OPERATOR_HEADER = "X-Operator";
    private static final Pattern OPERATOR = Pattern.compile("[A-Za-z0-9._@ \\-]{1,64}");
    private static final int MAX_AUDIT = 1_000;

    private final RuleAdmin admin;
    private final TenantKeys tenants;
    private final SecurityIdentity identity;

    AdminRulesResource(RuleAdmin admin, TenantKeys tenants, SecurityIdentity identity) {
        this.admin = admin;
        this.tenants = tenants;
        this.identity = identity;
    }

    /** A rule's new status. */
    public record StatusChange(RuleStatus status) {
    }

    @GET
    @Operation(summary = "Every tenant's rule set: version, own or default, and its rules")
    public Uni<List<TenantRuleSet>> list() {
        List<Uni<TenantRuleSet>> sets = tenants.tenants().stream().map(admin::current).toList();
        return sets.isEmpty() ? Uni.createFrom().item(List.of()) : Uni.join().all(sets).andFailFast();
    }

    @GET
    @Path("/{tenant}")
    @Operation(summary = "A tenant's rule set (the default set, version 0, until it has its own)")
    public Uni<TenantRuleSet> get(@PathParam("tenant") String tenant) {
        return admin.current(known(tenant));
    }

    @PUT
    @Path("/{tenant}")
    @Operation(summary = "Replace a tenant's whole rule set; refused as a whole (400 naming each bad rule)")
    public Uni<TenantRuleSet> putSet(@PathParam("tenant") String tenant, @HeaderParam(OPERATOR_HEADER) String operator,
                                     RuleSet body) {
        if (body == null) {
            throw new InvalidRequestException("rules", "is required: {\"rules\": [...]}");
        }
        return admin.change(known(tenant), who(operator), "PUT_SET", current -> body);
    }

    @DELETE
    @Path("/{tenant}")
    @Operation(summary = "Send a tenant back to the default rule set")
    public Uni<TenantRuleSet> reset(@PathParam("tenant") String tenant, @HeaderParam(OPERATOR_HEADER) String operator) {
        return admin.reset(known(tenant), who(operator));
    }

    @GET
    @Path("/{tenant}/rules/{ruleId}")
    @Operation(summary = "One rule of a tenant's set")
    public Uni<Rule> getRule(@PathParam("tenant") String tenant, @PathParam("ruleId") String ruleId) {
        return admin.current(known(tenant)).map(set -> new RuleSet(set.rules()).find(ruleId)
                .orElseThrow(() -> unknownRule(tenant, ruleId)));
    }

    @PUT
    @Path("/{tenant}/rules/{ruleId}")
    @Operation(summary = "Add or replace one rule; the whole resulting set is validated")
    public Uni<TenantRuleSet> putRule(@PathParam("tenant") String tenant, @PathParam("ruleId") String ruleId,
                                      @HeaderParam(OPERATOR_HEADER) String operator, Rule body) {
        if (body == null) {
            throw new InvalidRequestException("rule", "is required");
        }
        if (body.id() != null && !body.id().equals(ruleId)) {
            throw new InvalidRequestException("id", "must match the rule id of the path, " + ruleId);
        }
        Rule rule = new Rule(ruleId, body.description(), body.condition(), body.action(), body.reasonCode(),
                body.status(), body.version());
        return admin.change(known(tenant), who(operator), "PUT_RULE", current -> current.with(rule));
    }

    @PUT
    @Path("/{tenant}/rules/{ruleId}/status")
    @Operation(summary = "Change a rule's status: ACTIVE, SHADOW or OFF")
    public Uni<TenantRuleSet> setStatus(@PathParam("tenant") String tenant, @PathParam("ruleId") String ruleId,
                                        @HeaderParam(OPERATOR_HEADER) String operator, StatusChange body) {
        if (body == null || body.status() == null) {
            throw new InvalidRequestException("status", "is required: one of ACTIVE, SHADOW, OFF");
        }
        return admin.change(known(tenant), who(operator), "SET_STATUS", current -> current.with(
                current.find(ruleId).orElseThrow(() -> unknownRule(tenant, ruleId)).withStatus(body.status())));
    }

    @DELETE
    @Path("/{tenant}/rules/{ruleId}")
    @Operation(summary = "Delete one rule")
    public Uni<TenantRuleSet> deleteRule(@PathParam("tenant") String tenant, @PathParam("ruleId") String ruleId,
                                         @HeaderParam(OPERATOR_HEADER) String operator) {
        return admin.change(known(tenant), who(operator), "DELETE_RULE", current -> {
            current.find(ruleId).orElseThrow(() -> unknownRule(tenant, ruleId));
            return current.without(ruleId);
        });
    }

    @GET
    @Path("/{tenant}/audit")
    @Operation(summary = "The newest changes of a tenant's rules, oldest first: who, when, what, old and new version")
    public Uni<List<RuleAuditEntry>> audit(@PathParam("tenant") String tenant,
                                           @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > MAX_AUDIT) {
            throw new InvalidRequestException("limit", "must be between 1 and " + MAX_AUDIT);
        }
        return admin.audit(known(tenant), limit);
    }

    @ServerExceptionMapper
    public Response invalidRules(InvalidRuleSetException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "Rule set refused", e.getMessage() + "; nothing was stored",
                e.problems().stream().map(p -> new Problem.FieldViolation("rules." + p.ruleId() + "." + p.field(),
                        p.message())).toList());
    }

    @ServerExceptionMapper
    public Response concurrentChange(RuleAdmin.ConcurrentChangeException e) {
        return Problem.response(Response.Status.CONFLICT, "Rules changed meanwhile", e.getMessage());
    }

    private String known(String tenant) {
        if (!tenants.tenants().contains(tenant)) {
            throw new WebApplicationException(Problem.response(Response.Status.NOT_FOUND, "Unknown tenant",
                    "no tenant " + tenant + " is configured"));
        }
        return tenant;
    }

    private String who(String operator) {
        if (operator == null || operator.isBlank()) {
            return identity.getPrincipal().getName();
        }
        if (!OPERATOR.matcher(operator).matches()) {
            throw new InvalidRequestException(OPERATOR_HEADER, "must be 1-64 letters, digits, spaces or . _ @ -");
        }
        return identity.getPrincipal().getName() + " (" + operator + ")";
    }

    private static WebApplicationException unknownRule(String tenant, String ruleId) {
        return new WebApplicationException(Problem.response(Response.Status.NOT_FOUND, "Unknown rule",
                "tenant " + tenant + " has no rule " + ruleId));
    }
}
