package io.github.idfraud.scoring.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.idfraud.contract.ContractJson;
import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.rules.RuleSet;
import io.github.idfraud.scoring.config.ScoringConfig;
import io.github.idfraud.scoring.rules.RuleAuditEntry;
import io.github.idfraud.scoring.rules.StoredRuleSet;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tenants' rule sets, their audit trails and the versions hash replicas poll. A change is one script on the tenant's
 * slot: compare the stored version with the one the change was made from, write the set (or delete it), append the
 * audit entry; then the versions hash is updated, which tells the other replicas.
 */
@Singleton
public class RuleStore {

    private static final String FIELD_VERSION = "version";
    private static final String FIELD_SET = "set";
    /** KEYS: set, audit. ARGV: expected version, new version, set JSON ("" deletes), audit JSON, audit cap. */
    private static final String CHANGE_SCRIPT = """
            local current = tonumber(redis.call('HGET', KEYS[1], 'version') or '0')
            if current ~= tonumber(ARGV[1]) then return 0 end
            if ARGV[3] == '' then
              redis.call('HSET', KEYS[1], 'version', ARGV[2])
              redis.call('HDEL', KEYS[1], 'set')
            else
              redis.call('HSET', KEYS[1], 'version', ARGV[2], 'set', ARGV[3])
            end
            redis.call('RPUSH', KEYS[2], ARGV[4])
            redis.call('LTRIM', KEYS[2], -tonumber(ARGV[5]), -1)
            return 1
            """;

    private final Redis redis;
    private final ObjectMapper json = ContractJson.newMapper();
    private final String prefix;
    private final int auditEntries;

    RuleStore(Redis redis, ScoringConfig config) {
        this.redis = redis;
        this.prefix = config.rules().keyPrefix().orElse("");
        this.auditEntries = config.rules().auditEntries();
    }

    /**
     * The tenant's stored set and version; without a set of its own ({@code own} false, {@code rules} null) it is
     * scored with the default set, at version 0 if it never had one. Versions only grow, also across a reset.
     */
    public Uni<StoredRuleSet> read(String tenant) {
        return redis.send(Request.cmd(Command.HMGET).arg(RedisKeys.ruleSet(prefix, tenant)).arg(FIELD_VERSION).arg(FIELD_SET))
                .map(reply -> {
                    Response version = reply.get(0);
                    Response set = reply.get(1);
                    long v = version == null ? 0 : version.toLong();
                    return set == null ? new StoredRuleSet(v, false, null)
                            : new StoredRuleSet(v, true, parse(set.toString(), RuleSet.class));
                });
    }

    /** Every tenant whose rules were ever changed, and its version. */
    public Uni<Map<String, Long>> versions() {
        return redis.send(Request.cmd(Command.HGETALL).arg(RedisKeys.ruleVersions(prefix))).map(reply -> {
            Map<String, Long> versions = new HashMap<>();
            if (reply != null && reply.isMap()) {
                reply.getKeys().forEach(tenant -> versions.put(tenant, reply.get(tenant).toLong()));
            } else if (reply != null) {
                // RESP2: field, value, field, value...
                for (int i = 0; i + 1 < reply.size(); i += 2) {
                    versions.put(reply.get(i).toString(), reply.get(i + 1).toLong());
                }
            }
            return versions;
        });
    }

    /**
     * Stores {@code next} (not {@code own}: back to the default set) if the tenant's stored version is still
     * {@code expectedVersion}, with its audit entry; false when another change came first.
     */
    public Uni<Boolean> change(String tenant, long expectedVersion, StoredRuleSet next, RuleAuditEntry audit) {
        Request script = Request.cmd(Command.EVAL).arg(CHANGE_SCRIPT).arg(2)
                .arg(RedisKeys.ruleSet(prefix, tenant)).arg(RedisKeys.ruleAudit(prefix, tenant))
                .arg(expectedVersion).arg(next.version()).arg(next.own() ? write(next.rules()) : "")
                .arg(write(audit)).arg(auditEntries);
        return redis.send(script).flatMap(reply -> reply.toInteger() != 1 ? Uni.createFrom().item(false)
                : redis.send(Request.cmd(Command.HSET).arg(RedisKeys.ruleVersions(prefix)).arg(tenant).arg(next.version()))
                        .replaceWith(true));
    }

    /** The newest {@code limit} audit entries, oldest first. */
    public Uni<List<RuleAuditEntry>> audit(String tenant, int limit) {
        return redis.send(Request.cmd(Command.LRANGE).arg(RedisKeys.ruleAudit(prefix, tenant)).arg(-limit).arg(-1))
                .map(reply -> {
                    List<RuleAuditEntry> entries = new ArrayList<>();
                    if (reply != null) {
                        reply.forEach(entry -> entries.add(parse(entry.toString(), RuleAuditEntry.class)));
                    }
                    return entries;
                });
    }

    private <T> T parse(String stored, Class<T> type) {
        try {
            return json.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is unreadable", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
