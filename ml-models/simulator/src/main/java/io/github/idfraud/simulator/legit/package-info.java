/**
 * What real customers do: account openings, the daily routine, life events (trips, new devices, contact changes, new
 * payees, another bank), and each person's changing state, which the fraud scenarios read. Uses {@code world},
 * {@code pipeline} and the root configuration.
 */
package io.github.idfraud.simulator.legit;
