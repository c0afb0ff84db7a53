package io.github.idfraud.loadgen.report;

import io.github.idfraud.loadgen.load.LatencySummary;
import io.github.idfraud.loadgen.load.RunResult;
import io.github.idfraud.loadgen.load.SaturationResult;
import io.github.idfraud.loadgen.load.SaturationStep;
import io.github.idfraud.loadgen.measure.CaseIntakeResult;
import io.github.idfraud.loadgen.measure.MemoryResult;
import io.github.idfraud.loadgen.measure.Status;
import io.github.idfraud.loadgen.measure.TrainerResult;
import io.github.idfraud.loadgen.suite.MachineInfo;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders a suite run as the markdown that goes between the bench markers of the README and docs/benchmarks.md. */
public final class MarkdownReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private MarkdownReport() {
    }

    /** @param resultsLink relative link to the results file from the document the table goes into */
    public static String render(SuiteResults r, String resultsLink) {
        StringBuilder md = new StringBuilder();
        boolean quick = "quick".equals(r.mode());
        md.append(String.format(Locale.ROOT, "_%s: %s, %.1f min, `%s`; raw figures in [`%s`](%s)._%n%n",
                quick ? "Quick smoke run (short runs, NOT representative)" : "Latest full run",
                WHEN.format(r.startedAt()), r.durationSeconds() / 60, quick ? "./bench --quick" : "./bench",
                resultsLink.replaceFirst("^(\\.\\./)+", ""), resultsLink));
        MachineInfo m = r.machine();
        md.append(String.format(Locale.ROOT, "**Machine:** %s. The %s (load average %.2f at the start, %.2f at the end).%n%n",
                m.describe(), m.sharing(), m.loadAverageAtStart(), m.loadAverageAtEnd()));
        targets(md, r.targets());
        runs(md, r);
        saturation(md, r);
        others(md, r);
        if (!r.notes().isEmpty()) {
            md.append("\nNotes: ").append(String.join(" ", r.notes())).append('\n');
        }
        return md.toString().trim();
    }

    private static void targets(StringBuilder md, List<TargetResult> targets) {
        md.append("| target (this machine) | measured | verdict |\n|---|---|---|\n");
        for (TargetResult t : targets) {
            String verdict = switch (t.verdict()) {
                case MET -> "met";
                case MISSED -> "**missed**";
                case NOT_MEASURED -> "not measured";
            };
            md.append("| ").append(cell(t.target())).append(" | ").append(cell(t.actual())).append(" | ")
                    .append(verdict).append(" |\n");
        }
        md.append('\n');
    }

    private static void runs(StringBuilder md, SuiteResults r) {
        md.append("| run (open loop, latency from the intended send time) | target | achieved | requests | errors "
                + "| p50 | p90 | p99 | p99.9 | max |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (RunResult run : r.fixedRuns()) {
            row(md, "scoring `/v1/events`, " + seconds(run), run);
        }
        for (RunResult run : r.baselineRuns()) {
            row(md, "baseline (ceiling), " + seconds(run), run);
        }
        bestStep(md, "scoring, highest sustained saturation step", r.serviceSaturation());
        bestStep(md, "baseline, highest sustained saturation step", r.baselineSaturation());
        md.append("\nLatencies in ms.");
        decisions(md, r.fixedRuns());
        md.append("\n\n");
    }

    /** What the fixed-rate scoring runs answered, all runs together. */
    private static void decisions(StringBuilder md, List<RunResult> runs) {
        Map<String, Long> decisions = new java.util.TreeMap<>();
        long answered = 0;
        long degraded = 0;
        for (RunResult run : runs) {
            run.decisions().forEach((k, v) -> decisions.merge(k, v, Long::sum));
            answered += run.ok();
            degraded += run.degraded();
        }
        if (answered == 0) {
            return;
        }
        long total = answered;
        md.append(" Decisions of the fixed-rate scoring runs: ").append(decisions.entrySet().stream()
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.1f%%", 100.0 * e.getValue() / total))
                .collect(Collectors.joining(", "))).append(String.format(Locale.ROOT, "; %,d degraded.", degraded));
    }

    private static void bestStep(StringBuilder md, String label, SaturationResult saturation) {
        if (saturation == null) {
            return;
        }
        saturation.steps().stream().filter(SaturationStep::sustained).map(SaturationStep::run)
                .filter(run -> run.targetRate() == saturation.sustainedRate()).findFirst()
                .ifPresent(run -> row(md, label + ", " + seconds(run), run));
    }

    private static void row(StringBuilder md, String label, RunResult run) {
        LatencySummary l = run.latencyMs();
        md.append(String.format(Locale.ROOT, "| %s | %,.0f/s | %,.1f/s | %,d | %s | %s | %s | %s | %s | %s |%n",
                label, run.targetRate(), run.achievedRate(), run.requests(), errors(run), ms(l.p50()), ms(l.p90()),
                ms(l.p99()), ms(l.p999()), ms(l.max())));
    }

    private static void saturation(StringBuilder md, SuiteResults r) {
        SaturationResult service = r.serviceSaturation();
        SaturationResult baseline = r.baselineSaturation();
        if (service == null) {
            return;
        }
        md.append(String.format(Locale.ROOT, "**Saturation** (rate raised step by step; a step is sustained with zero "
                + "errors, p99 <= %.0f ms and at least 95%% of the target answered): scoring service **%,.0f events/s**",
                service.p99BoundMs(), service.sustainedRate()));
        if (baseline != null) {
            md.append(String.format(Locale.ROOT, ", baseline endpoint (one Redis GET, the ceiling) **%,.0f/s**",
                    baseline.sustainedRate()));
            if (r.ceilingShare() != null) {
                md.append(String.format(Locale.ROOT, ": the service reaches **%.0f%%** of the ceiling", r.ceilingShare() * 100));
            }
        }
        md.append(".\n\n");
        steps(md, "Scoring steps", service);
        if (baseline != null) {
            steps(md, "Baseline steps", baseline);
        }
        md.append('\n');
    }

    private static void steps(StringBuilder md, String label, SaturationResult saturation) {
        String steps = saturation.steps().stream().map(s -> String.format(Locale.ROOT, "%,.0f/s %s",
                s.run().targetRate(), s.sustained() ? String.format(Locale.ROOT, "ok (p99 %s ms)", ms(s.run().latencyMs().p99()))
                        : "not sustained: " + s.verdict())).collect(Collectors.joining(" · "));
        md.append("- ").append(label).append(": ").append(cell(steps)).append(". Stopped: ")
                .append(cell(saturation.stoppedBecause())).append(".\n");
    }

    private static void others(StringBuilder md, SuiteResults r) {
        md.append("**Also measured**\n\n");
        MemoryResult mem = r.redisMemory();
        if (mem != null && mem.status() == Status.MEASURED) {
            md.append(String.format(Locale.ROOT, "- Redis memory: **%,.0f bytes per identity** (%,d identities, %.1f keys "
                            + "each; INFO used_memory grew %,.0f bytes per identity). By structure: %s. By identifier: %s.%n",
                    mem.bytesPerIdentity(), mem.identities(), mem.keysPerIdentity(), mem.usedMemoryDeltaPerIdentity(),
                    bytes(mem.bytesPerIdentityByStructure()), bytes(mem.bytesPerIdentityByKind())));
        } else {
            md.append("- Redis memory per identity: ").append(notMeasured(mem == null ? null : mem.status(),
                    mem == null ? "not run" : mem.note())).append('\n');
        }
        TrainerResult trainer = r.trainerReplay();
        if (trainer != null && trainer.status() == Status.MEASURED) {
            md.append(String.format(Locale.ROOT, "- Trainer replay: **%,.0f events/s** (%,d events in %.1f s; %s).%n",
                    trainer.eventsPerSecond(), trainer.events(), trainer.seconds(), trainer.note()));
        } else {
            md.append("- Trainer replay: ").append(notMeasured(trainer == null ? null : trainer.status(),
                    trainer == null ? "not run" : trainer.note())).append('\n');
        }
        CaseIntakeResult intake = r.caseIntake();
        if (intake != null && intake.status() == Status.MEASURED) {
            md.append(String.format(Locale.ROOT, "- Case intake: **%,.0f alerts/s** (%,d alerts in %.2f s -> %,d cases; "
                            + "%,d lost, %,d dead-lettered).%n", intake.alertsPerSecond(), intake.alerts(),
                    intake.seconds(), intake.cases(), intake.lost(), intake.deadLettered()));
        } else {
            md.append("- Case intake: ").append(notMeasured(intake == null ? null : intake.status(),
                    intake == null ? "not run" : intake.note())).append('\n');
        }
        EventMix mix = r.eventMix();
        if (mix != null) {
            md.append(String.format(Locale.ROOT, "- Event mix: %,d simulated events of %,d people over %d days (%s), "
                    + "each request with a fresh event id.%n", mix.events(), mix.identities(), mix.days(),
                    mix.byType().entrySet().stream().map(e -> e.getKey() + " " + percent(e.getValue(), mix.events()))
                            .collect(Collectors.joining(", "))));
        }
    }

    private static String notMeasured(Status status, String note) {
        return (status == Status.FAILED ? "**failed**: " : "not measured: ") + cell(note);
    }

    private static String errors(RunResult run) {
        if (run.errors() == 0) {
            return "0";
        }
        return String.format(Locale.ROOT, "%,d (%s)", run.errors(), run.errorsByStatus().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")));
    }

    private static String seconds(RunResult run) {
        return String.format(Locale.ROOT, "%,.0f/s × %.0f s", run.targetRate(), run.durationSeconds());
    }

    private static String ms(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String bytes(Map<String, Double> perIdentity) {
        return perIdentity.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> String.format(Locale.ROOT, "%s %,.0f B", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String percent(long part, long whole) {
        return String.format(Locale.ROOT, "%.0f%%", 100.0 * part / Math.max(whole, 1));
    }

    /** Keeps a value inside one table cell. */
    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
