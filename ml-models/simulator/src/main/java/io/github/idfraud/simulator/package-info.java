/**
 * Seeded synthetic identity-theft event logs. What callers use: {@link io.github.idfraud.simulator.Simulator},
 * {@link io.github.idfraud.simulator.SimulationConfig} with its parameter records (legitimate behaviour, each fraud
 * scenario, fraudsters, labels), {@link io.github.idfraud.simulator.SimulationSummary} and
 * {@link io.github.idfraud.simulator.Scenario}. {@code World} (one run's read-only context) and
 * {@code CustomerTimeline} (one person's stream) put the subpackages together; read them in the order
 * {@code world}, {@code label}, {@code pipeline}, {@code legit}, {@code scenario}, {@code profile}: each uses only
 * those before it.
 */
package io.github.idfraud.simulator;
