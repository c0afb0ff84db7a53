package io.github.idfraud.loadgen.measure;

/**
 * The trainer's replay speed: events per second through the feature engine against Redis, as {@code trainer.jar
 * train} prints it, on a small simulated log, and what each event cost in CPU.
 *
 * @param trainerCpuMicrosPerEvent the trainer JVM's CPU per event during the replay; null from a trainer that does not
 *                                 print it
 * @param redisCpuMicrosPerEvent   Redis's CPU per event during the replay; null likewise
 */
public record TrainerResult(Status status, String note, long events, double seconds, double eventsPerSecond,
                            Double trainerCpuMicrosPerEvent, Double redisCpuMicrosPerEvent) {

    public static TrainerResult notMeasured(Status status, String note) {
        return new TrainerResult(status, note, 0, 0, 0, null, null);
    }

    /**
     * The replay's speed limit on this machine at this cost: its cores over the CPU one event takes in the trainer and
     * Redis together (both on the same cores); null without the CPU figures.
     */
    public Double cpuBoundEventsPerSecond(int cores) {
        if (trainerCpuMicrosPerEvent == null || redisCpuMicrosPerEvent == null
                || trainerCpuMicrosPerEvent + redisCpuMicrosPerEvent <= 0) {
            return null;
        }
        return cores * 1e6 / (trainerCpuMicrosPerEvent + redisCpuMicrosPerEvent);
    }
}
