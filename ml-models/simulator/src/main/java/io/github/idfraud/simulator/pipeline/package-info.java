/**
 * From drafts to ordered lines: {@code EventDraft} and its factory {@code Drafts}, the sources and the heap that merge
 * every generator by time, labels waiting for their report time, the summary counter, and the background thread that
 * hands lines to the caller. Uses {@code world}, {@code label} and the root's {@code Scenario}.
 */
package io.github.idfraud.simulator.pipeline;
