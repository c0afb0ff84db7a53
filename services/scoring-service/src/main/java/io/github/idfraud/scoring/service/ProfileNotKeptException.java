package io.github.idfraud.scoring.service;

/** A verified profile could not be kept (Redis unreachable); nothing is lost if the bank sends it again later. */
public class ProfileNotKeptException extends RuntimeException {
    public ProfileNotKeptException(String eventId, Throwable cause) {
        super("the verified profile " + eventId + " was not kept; send it again later", cause);
    }
}
