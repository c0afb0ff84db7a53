package io.github.idfraud.cases;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** GreenMail on a fixed port that a test can take down and bring back (SMTP outage). */
public final class TestSmtp {

    private final int port;
    private final List<MimeMessage> beforeRestarts = new ArrayList<>();
    private GreenMail server;

    TestSmtp(int port) {
        this.port = port;
    }

    public int port() {
        return port;
    }

    public synchronized void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** Takes the server down; messages received so far stay readable. */
    public synchronized void stop() {
        if (server != null) {
            beforeRestarts.addAll(Arrays.asList(server.getReceivedMessages()));
            server.stop();
            server = null;
        }
    }

    /** Every message received, across restarts, addressed to {@code recipient}. */
    public synchronized List<MimeMessage> to(String recipient) {
        List<MimeMessage> all = new ArrayList<>(beforeRestarts);
        if (server != null) {
            all.addAll(Arrays.asList(server.getReceivedMessages()));
        }
        List<MimeMessage> matching = new ArrayList<>();
        for (MimeMessage message : all) {
            try {
                for (var address : message.getRecipients(Message.RecipientType.TO)) {
                    if (address.toString().contains(recipient)) {
                        matching.add(message);
                    }
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return matching;
    }
}
