package io.github.idfraud.demo;

import io.github.idfraud.contract.StreamNames;
import io.github.idfraud.contract.RedisKeys;
import io.github.idfraud.contract.EnvironmentVariables;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Starts the two services from their packaged jars with secrets generated for this run. */
final class Services {

    private final Path work;
    private final Infrastructure infrastructure;
    private final MailCatcher mail;
    private final DevJwt jwt;
    private final Map<String, String> tenantKeys;
    private final String contactKey;

    Services(Path work, Infrastructure infrastructure, MailCatcher mail, DevJwt jwt, Map<String, String> tenantKeys,
             String contactKey) {
        this.work = work;
        this.infrastructure = infrastructure;
        this.mail = mail;
        this.jwt = jwt;
        this.tenantKeys = tenantKeys;
        this.contactKey = contactKey;
    }

    ServiceProcess scoring(int port) throws IOException {
        ServiceProcess process = new ServiceProcess("scoring-service", port, work.resolve("scoring-service.log"));
        Map<String, String> env = new HashMap<>();
        env.put(EnvironmentVariables.QUARKUS_REDIS_HOSTS, infrastructure.redisUrl());
        env.put(EnvironmentVariables.FRAUD_API_KEYS, tenantKeys.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(",")));
        env.put(EnvironmentVariables.FRAUD_PSEUDONYMISATION_KEY, DemoCli.secret(36));
        env.put(EnvironmentVariables.FRAUD_CONTACT_ENCRYPTION_KEY, contactKey);
        env.put(EnvironmentVariables.FRAUD_FEATURE_KEY_PREFIX, "demo-" + RedisKeys.FEATURE_PREFIX);
        env.put(EnvironmentVariables.FRAUD_ALERTS_STREAM, "demo-" + StreamNames.ALERTS);
        env.put(EnvironmentVariables.FRAUD_LABELS_STREAM, "demo-" + StreamNames.LABELS);
        process.start(Path.of("services/scoring-service/target/quarkus-app/quarkus-run.jar"), env);
        return process;
    }

    ServiceProcess cases(int port) throws IOException {
        ServiceProcess process = new ServiceProcess("case-service", port, work.resolve("case-service.log"));
        Map<String, String> env = new HashMap<>();
        env.put(EnvironmentVariables.QUARKUS_REDIS_HOSTS, infrastructure.redisUrl());
        env.put(EnvironmentVariables.QUARKUS_DATASOURCE_JDBC_URL, infrastructure.jdbcUrl("fraud_demo"));
        env.put(EnvironmentVariables.QUARKUS_DATASOURCE_USERNAME, infrastructure.jdbcUser());
        env.put(EnvironmentVariables.QUARKUS_DATASOURCE_PASSWORD, "");
        env.put(EnvironmentVariables.QUARKUS_MAILER_HOST, "127.0.0.1");
        env.put(EnvironmentVariables.QUARKUS_MAILER_PORT, Integer.toString(mail.smtpPort()));
        env.put(EnvironmentVariables.QUARKUS_MAILER_FROM, "fraud-alerts@demo.idfraud.local");
        env.put(EnvironmentVariables.FRAUD_CONTACT_ENCRYPTION_KEY, contactKey);
        env.put(EnvironmentVariables.FRAUD_LINK_SIGNING_KEY, DemoCli.secret(36));
        env.put(EnvironmentVariables.FRAUD_PUBLIC_BASE_URL, "http://127.0.0.1:" + port);
        env.put(EnvironmentVariables.MP_JWT_VERIFY_PUBLICKEY, jwt.publicKeyPem());
        env.put(EnvironmentVariables.MP_JWT_VERIFY_ISSUER, DevJwt.ISSUER);
        env.put(EnvironmentVariables.FRAUD_ALERTS_STREAM, "demo-" + StreamNames.ALERTS);
        env.put(EnvironmentVariables.FRAUD_LABELS_STREAM, "demo-" + StreamNames.LABELS);
        process.start(Path.of("services/case-service/target/quarkus-app/quarkus-run.jar"), env);
        return process;
    }
}
