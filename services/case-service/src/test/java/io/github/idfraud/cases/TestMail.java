package io.github.idfraud.cases;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/** Reads the decoded plain-text part of a received email. */
final class TestMail {

    private TestMail() {
    }

    static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof String text) {
            return text;
        }
        String found = find((Multipart) content);
        if (found == null) {
            throw new AssertionError("the email has no text/plain part");
        }
        return found;
    }

    private static String find(Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart nested) {
                String found = find(nested);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
