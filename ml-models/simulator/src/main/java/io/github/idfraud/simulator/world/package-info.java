/**
 * The simulated world, fixed by the seed: cities, people and their habits, merchants and the shops breached, devices,
 * popular payees, fraudster infrastructure, unique ids, the random streams and the daily clock. Uses the root configuration and the
 * event contract only.
 */
package io.github.idfraud.simulator.world;
