package io.github.idfraud.scoring.rest;

import io.github.idfraud.contract.Decision;
import java.util.List;

/** One answer per event, in request order. */
public record BatchResponse(List<Decision> results) {
}
