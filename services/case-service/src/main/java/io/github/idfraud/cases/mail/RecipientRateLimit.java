package io.github.idfraud.cases.mail;

import io.github.idfraud.cases.config.CaseConfig;
import io.github.idfraud.cases.entity.OutboxEmail;
import io.github.idfraud.contract.Hmac;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/**
 * At most {@code fraud.mail.rate-limit-max} emails per address and period, so a burst of alerts (or an attacker
 * provoking them) cannot flood a consumer. Addresses are counted by a keyed HMAC, never stored themselves.
 */
@ApplicationScoped
public class RecipientRateLimit {

    private static final String PURPOSE = "recipient-ref-v1";

    private final Hmac hmac;
    private final int max;
    private final Duration period;

    RecipientRateLimit(Hmac hmac, CaseConfig config) {
        this.hmac = hmac;
        this.max = config.mail().rateLimitMax();
        this.period = config.mail().rateLimitPeriod();
    }

    public String reference(String address) {
        byte[] normalised = address.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(hmac.sign(normalised, PURPOSE));
    }

    public boolean allows(String reference, Instant now) {
        return OutboxEmail.sentTo(reference, now.minus(period)) < max;
    }

    public String describe() {
        return max + " emails per " + period;
    }
}
