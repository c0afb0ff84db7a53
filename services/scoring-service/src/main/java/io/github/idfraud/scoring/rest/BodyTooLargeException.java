package io.github.idfraud.scoring.rest;

/** A request body past its endpoint's size limit: a 413 problem. */
public class BodyTooLargeException extends RuntimeException {

    public BodyTooLargeException(String detail) {
        super(detail);
    }
}
