package io.github.idfraud.cases.service;

import io.github.idfraud.cases.config.CaseConfig;
import io.github.idfraud.contract.AlertEntry;
import io.github.idfraud.contract.DecisionType;
import io.github.idfraud.contract.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Which alerts tell the consumer, and with which notice. Only events that imply misuse of a person's identity do:
 * an account opened in their name, a contact change, a new payee, and a transaction that was declined or scored
 * at least {@code fraud.notifications.transaction-min-score} (the alert carries no amount, so the rule is amount-free).
 */
@ApplicationScoped
public class NotificationPolicy {

    private final double transactionMinScore;

    NotificationPolicy(CaseConfig config) {
        this.transactionMinScore = config.notifications().transactionMinScore();
    }

    /** The notice template for this alert, or empty when it tells nobody. */
    public Optional<String> templateFor(AlertEntry alert) {
        if (alert.encryptedContact() == null || alert.encryptedContact().isBlank()) {
            return Optional.empty();
        }
        boolean notify = switch (alert.type()) {
            case ACCOUNT_OPENING, CONTACT_CHANGE, PAYEE_ADDED -> true;
            case TRANSACTION -> alert.decision() == DecisionType.DECLINE || alert.score() >= transactionMinScore;
            case LOGIN, PASSWORD_RESET, PROFILE_VERIFIED -> false;
        };
        return notify ? Optional.of(templateName(alert.type())) : Optional.empty();
    }

    public static String templateName(EventType type) {
        return type.name().toLowerCase().replace('_', '-');
    }

    /**
     * Once a case holds a contact change, only that notice goes out: later events of the same account may carry
     * the new, possibly the fraudster's, address.
     */
    public static boolean contactMayBeHijacked(boolean caseHasContactChange, EventType type) {
        return caseHasContactChange && type != EventType.CONTACT_CHANGE;
    }
}
