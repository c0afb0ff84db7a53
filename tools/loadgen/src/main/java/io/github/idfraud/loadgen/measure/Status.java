package io.github.idfraud.loadgen.measure;

/** Whether a measurement ran: absent prerequisites give NOT_MEASURED, a breakage FAILED (both with a note). */
public enum Status {
    MEASURED, NOT_MEASURED, FAILED
}
