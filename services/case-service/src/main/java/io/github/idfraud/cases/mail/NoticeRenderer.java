package io.github.idfraud.cases.mail;

import io.github.idfraud.cases.config.CaseConfig;
import io.github.idfraud.contract.ContactDetails;
import io.github.idfraud.contract.EventType;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Renders the plain-language "Was this you?" email from the Qute templates under {@code templates/mail/}. */
@ApplicationScoped
public class NoticeRenderer {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final Template html;
    private final Template text;
    private final String baseUrl;
    private final Map<String, String> bankNames;

    NoticeRenderer(@Location("mail/notice.html") Template html, @Location("mail/notice.txt") Template text,
                   CaseConfig config) {
        this.html = html;
        this.text = text;
        this.baseUrl = config.publicBaseUrl().orElse("http://localhost:8081").replaceAll("/+$", "");
        this.bankNames = config.mail().bankNames();
    }

    public RenderedEmail render(String tenant, EventType type, Instant occurredAt, ContactDetails contact,
                                String token, Instant validUntil) {
        String bank = bankName(tenant);
        String page = baseUrl + "/answers/" + token;
        Notice notice = new Notice(contact.firstName(), bank, type.name(), WHEN.format(occurredAt),
                Masking.email(contact.email()), Masking.phone(contact.phone()),
                page + "?choice=me", page + "?choice=not-me", WHEN.format(validUntil));
        return new RenderedEmail(subject(type, bank),
                html.data("notice", notice).render(), text.data("notice", notice).render());
    }

    public String bankName(String tenant) {
        return bankNames.getOrDefault(tenant, tenant);
    }

    private static String subject(EventType type, String bank) {
        return switch (type) {
            case ACCOUNT_OPENING -> "Did you apply for an account with " + bank + "?";
            case CONTACT_CHANGE -> "Did you change your contact details at " + bank + "?";
            case PAYEE_ADDED -> "Did you add a new payee at " + bank + "?";
            case TRANSACTION -> "Did you make this payment from your " + bank + " account?";
            default -> "Was this you? Activity at " + bank;
        };
    }
}
