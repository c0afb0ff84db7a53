package io.github.idfraud.trainer;

import io.github.idfraud.trainer.redis.RedisSession;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.idfraud.models.ModelCard;
import io.github.idfraud.trainer.report.BacktestReport;
import io.github.idfraud.trainer.report.ModelCardWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backtest and compare on a tiny log, against the model that train wrote from the same log. */
class BacktestTests {

    @TempDir
    static Path dir;
    static Path log;
    static Path model;
    static ModelCard card;

    @BeforeAll
    static void trainASmallModel() throws Exception {
        log = dir.resolve("toy.jsonl");
        new ToyLogGenerator(21).write(log, 120, 14);
        model = dir.resolve("model");
        Cli.run("train", "--log", log.toString(), "--train-from", "2026-10-02", "--train-to", "2026-10-08",
                "--valid-from", "2026-10-09", "--valid-to", "2026-10-10", "--test-from", "2026-10-11", "--test-to", "2026-10-14",
                "--candidates", "1", "--trees", "15", "--review-capacity", "5", "--out", model.toString(),
                "--redis", TestRedisSession.url());
        card = new ModelCardWriter().read(model.resolve("model-card.json"));
    }

    @Test
    void backtestOfTheTestPeriodReproducesTheModelCardExactly() throws Exception {
        Path out = dir.resolve("backtest");
        String console = Cli.run("backtest", "--model", model.resolve("model.tribuo").toString(), "--log", log.toString(),
                "--from", "2026-10-11", "--to", "2026-10-14", "--review-capacity", "5", "--out", out.toString(),
                "--redis", TestRedisSession.url());

        // Same log, same features (the pseudonyms derive from the log), same model: the same scores and metrics.
        assertThat(Files.readAllLines(out.resolve("predictions.csv")))
                .isEqualTo(Files.readAllLines(model.resolve("predictions-test.csv")));
        var metrics = new BacktestReport().read(out.resolve("metrics.json"));
        assertThat(metrics.metrics()).isEqualTo(card.metrics().xgboost());
        assertThat(metrics.events()).isEqualTo(card.data().testEvents());
        assertThat(metrics.fraud()).isEqualTo(card.data().testFraud());
        for (String file : BacktestReport.files()) {
            assertThat(out.resolve(file)).isNotEmptyFile();
        }
        assertThat(console).contains("backtest of", "average precision", "precision @ 5 customers/day");
    }

    @Test
    void backtestWithRulesJudgesEachRuleAndModelRulesAndBothOnTheSameEvents() throws Exception {
        Path out = dir.resolve("backtest-rules");
        Path rules = dir.resolve("rules.json");
        Files.writeString(rules, """
                {"rules": [
                  {"id": "every-login", "description": "every login", "condition": "event.type == \\"LOGIN\\"",
                   "action": "REVIEW", "reasonCode": "RULE_LOGIN", "status": "ACTIVE"},
                  {"id": "never", "description": "never", "condition": "event.amount < 0.0",
                   "action": "DECLINE", "reasonCode": "RULE_NEVER", "status": "SHADOW"}]}
                """);
        String console = Cli.run("backtest", "--model", model.resolve("model.tribuo").toString(), "--log", log.toString(),
                "--from", "2026-10-11", "--to", "2026-10-14", "--review-capacity", "5", "--out", out.toString(),
                "--rules", rules.toString(), "--redis", TestRedisSession.url());

        assertThat(console).contains("| every-login | ACTIVE | REVIEW |", "| never | SHADOW | DECLINE | 0 | 0 | - | 0.00% |",
                "| model+rules |", "| scenario | events | FRAUD |");
        assertThat(out.resolve("rules-backtest.md")).isNotEmptyFile();
        assertThat(Files.readString(out.resolve("rules-backtest.json"))).contains("\"every-login\"", "\"model+rules\"");
    }

    @Test
    void aBadRuleFileIsRefusedBeforeAnyReplayNamingTheRule() throws Exception {
        Path rules = dir.resolve("bad-rules.json");
        Files.writeString(rules, """
                {"rules": [{"id": "typo", "description": "d", "condition": "features.NO_SUCH_FEATURE > 1.0",
                            "action": "REVIEW", "reasonCode": "RULE_TYPO", "status": "ACTIVE"}]}
                """);
        String console = Cli.runExpectingFailure("backtest", "--model", model.resolve("model.tribuo").toString(), "--log",
                log.toString(), "--from", "2026-10-11", "--to", "2026-10-14", "--out", dir.resolve("bad").toString(),
                "--rules", rules.toString(), "--redis", TestRedisSession.url());
        assertThat(console).contains("rule typo: condition names unknown variables features.NO_SUCH_FEATURE")
                .doesNotContain("replaying");
    }

    @Test
    void compareScoresBothModelsOnTheSameReplayAndPrintsThemSideBySide() throws Exception {
        Path out = dir.resolve("compare");
        String console = Cli.run("compare", "--champion", model.resolve("model.tribuo").toString(),
                "--challenger", model.resolve("baseline.tribuo").toString(), "--log", log.toString(),
                "--from", "2026-10-11", "--to", "2026-10-14", "--review-capacity", "5", "--out", out.toString(),
                "--redis", TestRedisSession.url());

        assertThat(console).contains("champion", "challenger", "diff");
        String aucLine = console.lines().filter(l -> l.trim().startsWith("AUC ROC")).findFirst().orElseThrow();
        List<String> cells = List.of(aucLine.trim().split("\\s+"));
        assertThat(Double.parseDouble(cells.get(2))).isEqualTo(card.metrics().xgboost().aucRoc());
        assertThat(Double.parseDouble(cells.get(3))).isEqualTo(card.metrics().logisticRegression().aucRoc());
        var champion = new BacktestReport().read(out.resolve("champion/metrics.json"));
        var challenger = new BacktestReport().read(out.resolve("challenger/metrics.json"));
        assertThat(champion.metrics()).isEqualTo(card.metrics().xgboost());
        assertThat(challenger.metrics()).isEqualTo(card.metrics().logisticRegression());
        assertThat(out.resolve("roc.png")).isNotEmptyFile();
    }

    @Test
    void trainingTwiceOnTheSameLogGivesTheSameMetrics() throws Exception {
        Path again = dir.resolve("again");
        Cli.run("train", "--log", log.toString(), "--train-from", "2026-10-02", "--train-to", "2026-10-08",
                "--valid-from", "2026-10-09", "--valid-to", "2026-10-10", "--test-from", "2026-10-11", "--test-to", "2026-10-14",
                "--candidates", "1", "--trees", "15", "--review-capacity", "5", "--out", again.toString(),
                "--redis", TestRedisSession.url());
        ModelCard second = new ModelCardWriter().read(again.resolve("model-card.json"));
        assertThat(second.metrics()).isEqualTo(card.metrics());
        assertThat(second.thresholds()).isEqualTo(card.thresholds());
        assertThat(Files.readAllLines(again.resolve("predictions-test.csv")))
                .isEqualTo(Files.readAllLines(model.resolve("predictions-test.csv")));
    }

    @Test
    void backtestRefusesAFileThatIsNotAModel() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var cli = TrainerCli.commandLine();
        cli.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
        int exit = cli.execute("backtest", "--model", log.toString(), "--log", log.toString(), "--from", "2026-10-11",
                "--to", "2026-10-14", "--out", dir.resolve("nothing").toString(), "--redis", TestRedisSession.url());
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("error:");
    }
}
