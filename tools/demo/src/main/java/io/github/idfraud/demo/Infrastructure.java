package io.github.idfraud.demo;

import io.github.idfraud.harness.CaseDatabaseRoles;
import io.github.idfraud.harness.DatabaseLogin;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import redis.embedded.RedisServer;

/**
 * Redis and PostgreSQL for the demo: the servers already answering on their usual addresses, otherwise real
 * servers shipped inside Maven artifacts (Redis 6.2, PostgreSQL 14), so a machine with only a JDK runs the demo.
 */
final class Infrastructure implements AutoCloseable {

    private RedisServer embeddedRedis;
    private EmbeddedPostgres embeddedPostgres;
    private String redisUrl;
    private String jdbcUrl;
    private String jdbcUser = "postgres";
    private DatabaseLogin caseRuntimeLogin;

    void start(URI redis, URI postgres, Console console) throws IOException, SQLException {
        if (answers(redis.getHost(), redis.getPort())) {
            redisUrl = redis.toString();
            console.line("Redis       using " + redisUrl);
        } else {
            embeddedRedis = new RedisServer(redis.getPort());
            embeddedRedis.start();
            redisUrl = "redis://127.0.0.1:" + redis.getPort();
            console.line("Redis       started an embedded Redis on " + redisUrl);
        }
        if (answers(postgres.getHost(), postgres.getPort())) {
            jdbcUrl = "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getPort() + "/";
            console.line("PostgreSQL  using " + postgres.getHost() + ":" + postgres.getPort());
        } else {
            embeddedPostgres = EmbeddedPostgres.builder().setPort(postgres.getPort()).start();
            jdbcUrl = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/";
            console.line("PostgreSQL  started an embedded PostgreSQL 14 on port " + postgres.getPort());
        }
        createDatabase("fraud_demo");
    }

    String redisUrl() {
        return redisUrl;
    }

    String jdbcUrl(String database) {
        return jdbcUrl + database;
    }

    /** The case database's owner, which migrates it. */
    DatabaseLogin caseOwnerLogin() {
        return DatabaseLogin.trusted(jdbcUser);
    }

    /** The role the case service works as, with row rights only. */
    DatabaseLogin caseRuntimeLogin() {
        return caseRuntimeLogin;
    }

    /** A fresh database per demo run, so its case counts are this run's. */
    private void createDatabase(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl + "postgres", jdbcUser, "");
             var statement = c.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
            caseRuntimeLogin = CaseDatabaseRoles.ensureRuntimeRole(c);
        }
    }

    static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        if (embeddedRedis != null) {
            embeddedRedis.stop();
        }
        if (embeddedPostgres != null) {
            embeddedPostgres.close();
        }
    }
}
