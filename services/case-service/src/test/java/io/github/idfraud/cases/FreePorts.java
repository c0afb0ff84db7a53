package io.github.idfraud.cases;

import java.io.IOException;
import java.net.ServerSocket;

/** A port nothing listens on right now, for the in-process servers the test resources start. */
final class FreePorts {

    private FreePorts() {
    }

    static int any(String forWhat) {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for " + forWhat, e);
        }
    }
}
