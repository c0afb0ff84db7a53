package io.github.idfraud.trainer.command;

import io.github.idfraud.contract.EnvironmentVariables;
import picocli.CommandLine.Option;

/** The {@code --redis} option shared by the commands that replay a log. */
final class RedisOption {

    @Option(names = "--redis", paramLabel = "URL", defaultValue = "${env:" + EnvironmentVariables.FRAUD_REDIS_URL + ":-redis://127.0.0.1:6379}",
            description = "Redis for the replay's feature windows (keys under a run prefix, deleted at the end), or a "
                    + "Redis Cluster's seed URLs, comma-separated; "
                    + "default: env " + EnvironmentVariables.FRAUD_REDIS_URL + " or ${DEFAULT-VALUE}")
    String url;
}
