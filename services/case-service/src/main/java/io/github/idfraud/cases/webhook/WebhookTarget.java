package io.github.idfraud.cases.webhook;

import io.github.idfraud.contract.Hmac;
import java.net.URI;

/** Where one bank receives its webhooks and the key they are signed with. Never logged: the URL may hold a token. */
public record WebhookTarget(String tenant, URI url, Hmac signingKey) {

    @Override
    public String toString() {
        return "WebhookTarget[" + tenant + "]";
    }
}
