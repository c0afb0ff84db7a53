/**
 * Who reports what and when: FRAUD labels with each source's delay, incidents never reported, FRAUD labels on
 * legitimate events, LEGIT labels when a risky-looking event is cleared. Uses {@code world} and the root's
 * {@code LabelParams}.
 */
package io.github.idfraud.simulator.label;
