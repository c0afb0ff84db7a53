package io.github.idfraud.loadgen.chaos;

import java.time.Duration;
import java.util.List;

/**
 * How a chaos run is shaped.
 *
 * @param mode              "full" or "quick"
 * @param rate              open-loop events/s through the scoring service during every phase
 * @param warmUpSeconds     uncounted traffic at that rate before the first phase
 * @param phaseSeconds      length of each phase's traffic
 * @param faultAfterSeconds when, into a phase's traffic, its fault starts
 * @param redisDown         how long Redis stays stopped
 * @param smtpDown          how long the mail server stays down
 * @param settleTimeout     the longest wait, after the traffic, for retries, intake and emails to finish
 * @param cluster           the services on a Redis Cluster of the run's own (3 primaries, 3 replicas) instead of one
 *                          Redis
 * @param clusterBasePort   that cluster's first port (it takes six, and their bus ports +10000)
 */
record ChaosSettings(String mode, double rate, double warmUpSeconds, double phaseSeconds, double faultAfterSeconds, Duration redisDown,
                     Duration smtpDown, Duration settleTimeout, Duration mailInitialBackoff, Duration mailMaxBackoff,
                     String postgresHostPort, String postgresUser, String postgresPassword,
                     List<String> postgresRestartCommand, long seed, List<Fault> faults, boolean cluster,
                     int clusterBasePort) {

    int eventsPerPhase() {
        return (int) Math.round(rate * phaseSeconds);
    }
}
