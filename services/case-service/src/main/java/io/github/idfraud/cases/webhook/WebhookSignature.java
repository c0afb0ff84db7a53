package io.github.idfraud.cases.webhook;

import io.github.idfraud.contract.Hmac;
import java.util.HexFormat;

/**
 * The signature header of a webhook: {@code X-Fraud-Signature: t=<unix seconds>,v1=<hex>}, where the hex is
 * HMAC-SHA256 under the bank's key of the decimal timestamp, one 0 byte, then the raw body (the project's
 * {@link Hmac} framing). The timestamp is new on every attempt, so a bank can refuse stale replays.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Fraud-Signature";
    /** The delivery id again, so a bank can drop a repeat before parsing the body. */
    public static final String DELIVERY_HEADER = "X-Fraud-Delivery-Id";

    private WebhookSignature() {
    }

    public static String header(Hmac key, long unixSeconds, byte[] body) {
        String timestamp = Long.toString(unixSeconds);
        return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(key.sign(body, timestamp));
    }
}
