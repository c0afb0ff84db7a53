package io.github.idfraud.cases.mail;

/** A notice rendered for sending: subject, HTML and plain-text bodies. */
public record RenderedEmail(String subject, String html, String text) {
}
