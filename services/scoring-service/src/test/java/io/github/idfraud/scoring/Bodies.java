package io.github.idfraud.scoring;

import java.time.Instant;
import java.util.UUID;

/** JSON bodies as a bank would send them. */
final class Bodies {

    private Bodies() {
    }

    static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    static String opening(String eventId, Instant at, String nationalId, String email, String deviceId) {
        return """
                {"eventId":"%s","type":"ACCOUNT_OPENING","occurredAt":"%s","customerId":"new-%s",
                 "identity":{"nationalId":"%s","firstName":"Ada","lastName":"Lovelace","dateOfBirth":"1984-03-02",
                             "email":"%s","phone":"+447700900123",
                             "address":{"line1":"1 High Street","city":"London","postalCode":"SW1A 1AA","country":"GB"}},
                 "device":{"deviceId":"%s","ip":"203.0.113.7","latitude":51.5,"longitude":-0.12}}
                """.formatted(eventId, at, eventId, nationalId, email, deviceId);
    }

    static String login(String eventId, Instant at, String customerId, String deviceId, String ip, double lat, double lon) {
        return """
                {"eventId":"%s","type":"LOGIN","occurredAt":"%s","customerId":"%s","accountId":"acc-1",
                 "device":{"deviceId":"%s","ip":"%s","latitude":%s,"longitude":%s},
                 "login":{"success":true,"method":"PASSWORD"}}
                """.formatted(eventId, at, customerId, deviceId, ip, lat, lon);
    }

    /**
     * The bank's verified contact for its customer, known to it since {@code customerSince} (yyyy-mm-dd); the national
     * ID may be null.
     */
    static String profileVerified(String eventId, Instant at, String customerId, String email, String nationalId,
                                  String customerSince) {
        String nid = nationalId == null ? "" : "\"nationalId\":\"" + nationalId + "\",";
        return """
                {"eventId":"%s","type":"PROFILE_VERIFIED","occurredAt":"%s","customerId":"%s",
                 "identity":{%s"firstName":"Vic","email":"%s","phone":"+447700900456"},
                 "profile":{"customerSince":"%s"}}
                """.formatted(eventId, at, customerId, nid, email, customerSince);
    }

    /** A login from a bank that sends the holder's contact details with each session. */
    static String loginWithContact(String eventId, Instant at, String customerId, String deviceId, String email) {
        return """
                {"eventId":"%s","type":"LOGIN","occurredAt":"%s","customerId":"%s","accountId":"acc-1",
                 "identity":{"firstName":"Vic","email":"%s"},
                 "device":{"deviceId":"%s","ip":"203.0.113.7","latitude":51.5,"longitude":-0.12},
                 "login":{"success":true,"method":"PASSWORD"}}
                """.formatted(eventId, at, customerId, email, deviceId);
    }

    static String passwordReset(String eventId, Instant at, String customerId, String deviceId) {
        return """
                {"eventId":"%s","type":"PASSWORD_RESET","occurredAt":"%s","customerId":"%s",
                 "device":{"deviceId":"%s","ip":"198.51.100.23"}}
                """.formatted(eventId, at, customerId, deviceId);
    }

    static String emailChange(String eventId, Instant at, String customerId, String deviceId, String oldEmail, String newEmail) {
        return """
                {"eventId":"%s","type":"CONTACT_CHANGE","occurredAt":"%s","customerId":"%s",
                 "device":{"deviceId":"%s","ip":"198.51.100.23"},
                 "contactChange":{"field":"EMAIL","oldValue":"%s","newValue":"%s"}}
                """.formatted(eventId, at, customerId, deviceId, oldEmail, newEmail);
    }

    static String payee(String eventId, Instant at, String customerId, String deviceId, String payeeId) {
        return """
                {"eventId":"%s","type":"PAYEE_ADDED","occurredAt":"%s","customerId":"%s",
                 "device":{"deviceId":"%s","ip":"198.51.100.23"},"payee":{"payeeId":"%s","country":"GB"}}
                """.formatted(eventId, at, customerId, deviceId, payeeId);
    }

    static String transfer(String eventId, Instant at, String customerId, String deviceId, String counterparty, String amount) {
        return """
                {"eventId":"%s","type":"TRANSACTION","occurredAt":"%s","customerId":"%s",
                 "device":{"deviceId":"%s","ip":"198.51.100.23"},
                 "transaction":{"amount":%s,"currency":"GBP","channel":"TRANSFER","counterpartyId":"%s"}}
                """.formatted(eventId, at, customerId, deviceId, amount, counterparty);
    }

    static String cardPayment(String eventId, Instant at, String customerId, String merchant, String amount) {
        return """
                {"eventId":"%s","type":"TRANSACTION","occurredAt":"%s","customerId":"%s",
                 "transaction":{"amount":%s,"currency":"GBP","channel":"CARD_NOT_PRESENT","counterpartyId":"%s",
                                "merchantCategory":"5732"}}
                """.formatted(eventId, at, customerId, amount, merchant);
    }
}
