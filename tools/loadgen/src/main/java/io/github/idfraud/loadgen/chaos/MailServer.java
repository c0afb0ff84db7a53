package io.github.idfraud.loadgen.chaos;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The consumers' mail server: an in-process GreenMail SMTP server on a fixed loopback port that can be taken down
 * and brought back on the same port. Each start is a new server; the mail every one of them received is kept.
 */
final class MailServer implements AutoCloseable {

    private final int port;
    private final List<GreenMail> stopped = new ArrayList<>();
    private GreenMail running;

    MailServer(int port) {
        this.port = port;
    }

    int port() {
        return port;
    }

    synchronized void start() {
        if (running == null) {
            running = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            running.start();
        }
    }

    /** Closes the port: the case service's connections are refused until {@link #start}. */
    synchronized void stop() {
        if (running != null) {
            stopped.add(running);
            running.stop();
            running = null;
        }
    }

    /** How many messages each recipient address received, over every start. */
    synchronized Map<String, Integer> receivedByRecipient() {
        Map<String, Integer> counts = new HashMap<>();
        List<GreenMail> all = new ArrayList<>(stopped);
        if (running != null) {
            all.add(running);
        }
        for (GreenMail server : all) {
            for (MimeMessage message : server.getReceivedMessages()) {
                try {
                    for (Address recipient : message.getAllRecipients()) {
                        counts.merge(recipient.toString().toLowerCase(), 1, Integer::sum);
                    }
                } catch (MessagingException e) {
                    throw new IllegalStateException("a received message cannot be read", e);
                }
            }
        }
        return counts;
    }

    @Override
    public synchronized void close() {
        stop();
    }
}
