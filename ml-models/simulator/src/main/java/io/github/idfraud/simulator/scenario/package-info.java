/**
 * The fraud scenarios, one class each (stolen identity, account takeover, SIM swap, card compromise, synthetic identity,
 * money mule), and the money-mule plan that spans several people. Each writes its drafts with their FRAUD labels; uses
 * {@code world}, {@code label}, {@code pipeline}, {@code legit} (the victim) and the root configuration.
 */
package io.github.idfraud.simulator.scenario;
