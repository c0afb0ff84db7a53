package io.github.idfraud.loadgen.report;

/** One of the targets for this machine, what was measured and whether it is met. */
public record TargetResult(String id, String target, String actual, Verdict verdict) {

    public enum Verdict {
        MET, MISSED, NOT_MEASURED
    }
}
