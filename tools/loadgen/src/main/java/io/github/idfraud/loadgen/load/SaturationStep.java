package io.github.idfraud.loadgen.load;

/** One rate tried by a saturation search, and whether it was sustained (with the reason when not). */
public record SaturationStep(RunResult run, boolean sustained, String verdict) {
}
