package io.github.idfraud.demo;

import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.contract.StreamNames;
import io.github.idfraud.harness.CaseServiceEnvironment;
import io.github.idfraud.harness.KeycloakServer;
import io.github.idfraud.harness.ScoringServiceEnvironment;
import io.github.idfraud.harness.ServiceProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Starts the two services from their packaged jars (under the current directory, the repository root) with secrets
 * generated for this run and Redis names of the demo's own.
 */
final class Services {

    /** Start of the demo's feature keys and streams, so it never mixes with another system on the same Redis. */
    private static final String NAMESPACE = "demo-";
    private static final Path REPO = Path.of("");
    /** How long a bank must have known a national ID's holder to be told of applications elsewhere (ADR 0009). */
    static final Duration HOLDER_ESTABLISHED_AFTER = Duration.ofDays(90);

    private final Path work;
    private final Infrastructure infrastructure;
    private final MailCatcher mail;
    private final Map<String, String> tenantKeys;
    private final String contactKey;
    private final BankReceiver banks;

    Services(Path work, Infrastructure infrastructure, MailCatcher mail, Map<String, String> tenantKeys,
             String contactKey, BankReceiver banks) {
        this.work = work;
        this.infrastructure = infrastructure;
        this.mail = mail;
        this.tenantKeys = tenantKeys;
        this.contactKey = contactKey;
        this.banks = banks;
    }

    ServiceProcess scoring(int port, int managementPort) {
        ScoringServiceEnvironment env = new ScoringServiceEnvironment()
                .port(port)
                .managementPort(managementPort)
                .redis(infrastructure.redisUrl())
                .apiKeys(tenantKeys)
                .pseudonymisationKey(DemoCli.secret(36))
                .contactEncryptionKey(contactKey)
                .vaultKey(Base64.getEncoder().encodeToString(DemoCli.randomBytes(32)))
                .contactsEstablishedAfter(HOLDER_ESTABLISHED_AFTER)
                .featureKeyPrefix(NAMESPACE + RedisKeys.FEATURE_PREFIX)
                .streams(NAMESPACE + StreamNames.ALERTS, NAMESPACE + StreamNames.LABELS)
                .swaggerUi();
        return ServiceProcess.start(REPO, env, List.of(), work);
    }

    /** The case service; analysts sign in at {@code keycloak} (the workbench, and the API's bearer tokens). */
    ServiceProcess cases(int port, int managementPort, KeycloakServer keycloak) {
        CaseServiceEnvironment env = new CaseServiceEnvironment()
                .port(port)
                .managementPort(managementPort)
                .redis(infrastructure.redisUrl())
                .database(infrastructure.jdbcUrl("fraud_demo"), infrastructure.caseOwnerLogin(),
                        infrastructure.caseRuntimeLogin())
                .mailer("127.0.0.1", mail.smtpPort(), "fraud-alerts@demo.idfraud.local")
                .contactEncryptionKey(contactKey)
                .linkSigningKey(DemoCli.secret(36))
                .identityProvider(keycloak.issuerUrl(), keycloak.workbenchClientId(), keycloak.workbenchClientSecret())
                .bankWebhooks(banks.urlByTenant(), banks.keyByTenant())
                .analystTenants(banks.urlByTenant().keySet())
                .streams(NAMESPACE + StreamNames.ALERTS, NAMESPACE + StreamNames.LABELS);
        env.publicBaseUrl(env.baseUrl());
        return ServiceProcess.start(REPO, env, List.of(), work);
    }
}
