package io.github.idfraud.loadgen.measure;

/**
 * The trainer's replay speed: events per second through the feature engine against Redis, as {@code trainer.jar
 * train} prints it, on a small simulated log.
 */
public record TrainerResult(Status status, String note, long events, double seconds, double eventsPerSecond) {

    public static TrainerResult notMeasured(Status status, String note) {
        return new TrainerResult(status, note, 0, 0, 0);
    }
}
