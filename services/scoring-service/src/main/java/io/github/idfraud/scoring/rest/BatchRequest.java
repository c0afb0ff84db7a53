package io.github.idfraud.scoring.rest;

import io.github.idfraud.contract.Event;
import java.util.List;

/** Up to the configured number of events, in time order. */
public record BatchRequest(List<Event> events) {
}
