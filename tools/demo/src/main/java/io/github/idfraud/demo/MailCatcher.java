package io.github.idfraud.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-process SMTP server (GreenMail) that keeps every mail, and a plain-text mailbox page over HTTP so the
 * emails consumers would receive can be read in a browser.
 */
final class MailCatcher implements AutoCloseable {

    private final GreenMail smtp;
    private final HttpServer mailbox;
    private final int smtpPort;
    private final int httpPort;

    MailCatcher(int smtpPort, int httpPort) throws IOException {
        this.smtpPort = smtpPort;
        this.httpPort = httpPort;
        this.smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        this.mailbox = HttpServer.create(new InetSocketAddress("127.0.0.1", httpPort), 0);
        mailbox.createContext("/", exchange -> {
            byte[] body = renderAll().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    void start() {
        smtp.start();
        mailbox.start();
    }

    int smtpPort() {
        return smtpPort;
    }

    String mailboxUrl() {
        return "http://127.0.0.1:" + httpPort + "/";
    }

    int count() {
        return smtp.getReceivedMessages().length;
    }

    /** One received mail: its first recipient, subject and plain text. */
    record Received(String recipient, String subject, String text) {
    }

    /** Every mail received, oldest first. */
    List<Received> received() {
        List<Received> all = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                all.add(new Received(message.getAllRecipients()[0].toString(), message.getSubject(),
                        MailText.plainText(message)));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("a received mail cannot be read", e);
            }
        }
        return all;
    }

    /** Subject, recipient and text of every mail received, newest last. */
    List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            texts.add(render(message));
        }
        return texts;
    }

    private String renderAll() {
        List<String> texts = texts();
        return texts.isEmpty() ? "no mail yet\n" : String.join("\n" + "-".repeat(72) + "\n", texts);
    }

    private static String render(MimeMessage message) {
        try {
            return "To: " + String.join(", ", java.util.Arrays.stream(message.getAllRecipients()).map(Object::toString).toList())
                    + "\nSubject: " + message.getSubject() + "\n\n" + MailText.plainText(message) + "\n";
        } catch (MessagingException | IOException e) {
            return "(unreadable message: " + e.getMessage() + ")\n";
        }
    }

    @Override
    public void close() {
        mailbox.stop(0);
        smtp.stop();
    }
}
