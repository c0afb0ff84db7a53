package io.github.idfraud.trainer.replay;

import java.io.PrintStream;
import java.util.Locale;

/** Prints numbered stages ({@code [2/6] replaying ...}) and how long the previous one took. */
public final class StageLog {

    private final PrintStream out;
    private final int stages;
    private final long started = System.nanoTime();
    private int current;
    private long stageStarted = started;

    public StageLog(PrintStream out, int stages) {
        this.out = out;
        this.stages = stages;
    }

    public void begin(String what) {
        finishStage();
        current++;
        out.printf(Locale.ROOT, "[%d/%d] %s%n", current, stages, what);
    }

    /** Ends the last stage; returns the seconds since the first. */
    public double end() {
        finishStage();
        return (System.nanoTime() - started) / 1e9;
    }

    private void finishStage() {
        long now = System.nanoTime();
        if (current > 0) {
            out.printf(Locale.ROOT, "  (%.1f s)%n", (now - stageStarted) / 1e9);
        }
        stageStarted = now;
    }
}
