package io.github.idfraud.contract;

/**
 * What a log line may say about an unexpected error: its class and where it was thrown. Never the message, which
 * can quote request bodies, database rows or stream entries, and with them personal data.
 */
public final class ErrorSummary {

    private ErrorSummary() {
    }

    public static String of(Throwable error) {
        StackTraceElement[] trace = error.getStackTrace();
        return error.getClass().getName() + (trace.length > 0 ? " at " + trace[0] : "");
    }
}
