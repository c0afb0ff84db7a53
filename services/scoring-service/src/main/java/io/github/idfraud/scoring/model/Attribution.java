package io.github.idfraud.scoring.model;

import io.github.idfraud.features.Feature;

/** How much one feature pushed this event's score towards fraud (log-odds; negative pushes away). */
public record Attribution(Feature feature, double contribution) {
}
