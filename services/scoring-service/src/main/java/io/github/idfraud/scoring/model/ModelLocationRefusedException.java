package io.github.idfraud.scoring.model;

/** A location the admin API may not load from; the message says why without naming the location. */
public class ModelLocationRefusedException extends RuntimeException {

    ModelLocationRefusedException(String reason) {
        super(reason, null, false, false);
    }
}
