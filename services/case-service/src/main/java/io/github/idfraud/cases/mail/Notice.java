package io.github.idfraud.cases.mail;

/**
 * What a consumer email says, ready for the Qute templates: every identifier already masked.
 *
 * @param type       the event type name, e.g. {@code CONTACT_CHANGE}
 * @param occurredAt when it happened, in plain words (UTC)
 * @param yesUrl     the "Yes, this was me" link; {@code noUrl} the "No, this wasn't me" one (both open a page first)
 */
public record Notice(String firstName, String bankName, String type, String occurredAt, String maskedEmail,
                     String maskedPhone, String yesUrl, String noUrl, String validUntil) {
}
