package io.github.idfraud.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedisAccessTests {

    /** The dev overlay's Redis, which starts with the services' users on its command line. */
    private static final Path DEV_REDIS = Path.of("../../k8s/overlays/dev/redis.yaml");

    @Test
    void theDevRedisGivesEachServiceUserExactlyItsRules() throws IOException {
        List<String> args = containerArgs(Files.readAllLines(DEV_REDIS));
        assertThat(userRules(args, "scoring-service")).isEqualTo(RedisAccess.scoringService(RedisKeys.FEATURE_PREFIX, "",
                StreamNames.ALERTS, StreamNames.LABELS));
        assertThat(userRules(args, "case-service")).isEqualTo(RedisAccess.caseService(StreamNames.ALERTS,
                StreamNames.ALERTS_DEAD_LETTER, StreamNames.LABELS));
    }

    @Test
    void theCaseServicesKeysAreItsThreeStreamsAndTheLabelMarkersOnly() {
        List<String> keys = RedisAccess.caseService("a", "d", "l").stream().filter(r -> r.startsWith("~")).toList();
        assertThat(keys).containsExactly("~a", "~d", "~l", "~{l}:appended:*");
        assertThat(RedisAccess.scoringService("ff:", "", "a", "l")).contains("~ctv:{*", "~ff:*", "-@all")
                .doesNotContain("~*", "+@all", "allkeys", "+keys", "+flushall", "+config");
    }

    /** The block-style list under the container's {@code args:}, quotes removed. */
    private static List<String> containerArgs(List<String> lines) {
        List<String> args = new ArrayList<>();
        int start = lines.indexOf(lines.stream().filter(l -> l.trim().equals("args:")).findFirst().orElseThrow());
        for (String line : lines.subList(start + 1, lines.size())) {
            String item = line.trim();
            if (item.startsWith("#")) {
                continue;
            }
            if (!item.startsWith("- ")) {
                break;
            }
            args.add(item.substring(2).replaceAll("^\"|\"$", ""));
        }
        return args;
    }

    /** What follows {@code --user <name> on ><password>} up to the next option. */
    private static List<String> userRules(List<String> args, String name) {
        int at = args.indexOf(name);
        assertThat(at).as("--user " + name).isPositive();
        assertThat(args.get(at - 1)).isEqualTo("--user");
        assertThat(args.get(at + 1)).isEqualTo("on");
        assertThat(args.get(at + 2)).startsWith(">$(");
        List<String> rules = new ArrayList<>();
        for (String arg : args.subList(at + 3, args.size())) {
            if (arg.startsWith("--")) {
                break;
            }
            rules.add(arg);
        }
        return rules;
    }
}
