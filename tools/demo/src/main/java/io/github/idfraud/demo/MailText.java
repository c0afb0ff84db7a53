package io.github.idfraud.demo;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;

/** The text/plain part of a mail (or its HTML with tags removed), as a consumer would read it. */
final class MailText {

    private MailText() {
    }

    static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                if (body.isMimeType("text/plain")) {
                    return body.getContent().toString();
                }
                if (body.isMimeType("text/html")) {
                    html = body.getContent().toString();
                } else if (body.isMimeType("multipart/*")) {
                    return plainText(body);
                }
            }
            return html == null ? "" : stripTags(html);
        }
        if (part.isMimeType("text/html")) {
            return stripTags(part.getContent().toString());
        }
        return "";
    }

    private static String stripTags(String html) {
        return html.replaceAll("(?s)<style.*?</style>", "").replaceAll("<[^>]+>", " ")
                .replaceAll("[ \\t]+", " ").replaceAll("\\n\\s*\\n+", "\n\n").trim();
    }
}
