package io.github.idfraud.loadgen.chaos;

/** The faults of a chaos run, one per phase, in this order; {@link #NONE} is the baseline the others compare with. */
enum Fault {
    NONE("none (baseline)"),
    REDIS_STOPPED("Redis stopped %REDIS%, restarted"),
    CASE_SERVICE_KILLED("case service SIGKILL mid-intake, restarted"),
    SMTP_DOWN("SMTP server down %SMTP%"),
    POSTGRES_RESTARTED("PostgreSQL restarted (fast: connections cut)"),
    SCORING_SERVICE_KILLED("scoring service SIGKILL, restarted; the bank retries the same event ids"),
    /** On a Redis Cluster only ({@code --cluster}). */
    REDIS_PRIMARY_FAILOVER("Redis Cluster: SIGKILL of the primary holding the alert stream, its replica promoted, "
            + "the node restarted as a replica");

    private final String template;

    Fault(String template) {
        this.template = template;
    }

    String describe(ChaosSettings settings) {
        return template.replace("%REDIS%", settings.redisDown().toSeconds() + " s")
                .replace("%SMTP%", settings.smtpDown().toSeconds() + " s");
    }

    /** Faults whose harm the bank sees in its answers (errors, degraded), rather than behind the alert stream. */
    boolean onRequestPath() {
        return this == REDIS_STOPPED || this == SCORING_SERVICE_KILLED || this == REDIS_PRIMARY_FAILOVER;
    }

    /** Whether the fault can run on that topology: a failover needs a cluster, stopping "the" Redis one server. */
    boolean runsOn(boolean cluster) {
        return cluster ? this != REDIS_STOPPED : this != REDIS_PRIMARY_FAILOVER;
    }
}
