package io.github.idfraud.simulator.profile;

import io.github.idfraud.contract.ContactField;
import io.github.idfraud.contract.Identity;
import io.github.idfraud.simulator.Scenario;
import io.github.idfraud.simulator.legit.CustomerState;
import io.github.idfraud.simulator.pipeline.Drafts;
import io.github.idfraud.simulator.pipeline.EventDraft;
import io.github.idfraud.simulator.world.Account;
import java.time.LocalDate;

/**
 * What one bank knows about the customer of one account and can verify: national ID, first name, how long it has
 * known them, and who put the e-mail and phone it holds there.
 */
final class AccountProfile {

    final Account account;
    /** When the bank closes the account as fraud, so refreshes stop; {@link Long#MAX_VALUE} while it stays open. */
    final long closesAt;
    private final String nationalId;
    private final String firstName;
    private final LocalDate customerSince;
    /** The real person whose own contacts the holder's claims stand for; null for an account a fraudster opened. */
    private final CustomerState holder;
    private final ContactClaims email;
    private final ContactClaims phone;

    private AccountProfile(Account account, long closesAt, String nationalId, String firstName, LocalDate customerSince,
                           CustomerState holder, Claim email, Claim phone) {
        this.account = account;
        this.closesAt = closesAt;
        this.nationalId = nationalId;
        this.firstName = firstName;
        this.customerSince = customerSince;
        this.holder = holder;
        this.email = new ContactClaims(email);
        this.phone = new ContactClaims(phone);
    }

    /** The holder's own account, with their own contacts until someone changes them. */
    static AccountProfile ofHolder(Account account, CustomerState holder, LocalDate customerSince) {
        Claim own = Claim.holders(Long.MIN_VALUE);
        return new AccountProfile(account, Long.MAX_VALUE, holder.person.nationalId(), holder.person.firstName(),
                customerSince, holder, own, own);
    }

    /**
     * An account opened in someone else's name (stolen or fabricated identity): the details the application gave,
     * known since the opening day; the bank closes it once the fraud is reported.
     */
    static AccountProfile ofApplication(EventDraft opening, LocalDate openingDay) {
        Identity given = opening.identity();
        Scenario scenario = opening.scenario();
        long reported = opening.label() == null ? Long.MAX_VALUE : opening.label().reportedAt();
        return new AccountProfile(opening.account(), reported, given.nationalId(), given.firstName(), openingDay, null,
                Claim.application(given.email(), scenario, opening.fraudsterContacts().contains(given.email())),
                Claim.application(given.phone(), scenario, opening.fraudsterContacts().contains(given.phone())));
    }

    /** The claims on the e-mail or the phone; null for the address, which a profile does not carry. */
    ContactClaims claims(ContactField field) {
        return switch (field) {
            case EMAIL -> email;
            case PHONE -> phone;
            case ADDRESS -> null;
        };
    }

    /**
     * The refresh the bank sends at {@code t}, or null while a fraudster's contact it could not verify is on file.
     * Its scenario is {@code legit} when it carries the holder's own contacts, else the one that put the others there.
     */
    EventDraft refreshAt(long t) {
        Claim emailClaim = email.at(t);
        Claim phoneClaim = phone.at(t);
        if (!emailClaim.verified() || !phoneClaim.verified()) {
            return null;
        }
        String emailValue = emailClaim.value() != null ? emailClaim.value() : holder.email.at(t);
        String phoneValue = phoneClaim.value() != null ? phoneClaim.value() : holder.phone.at(t);
        Scenario scenario = emailClaim.scenario().fraud() ? emailClaim.scenario() : phoneClaim.scenario();
        Identity verified = new Identity(nationalId, firstName, null, null, emailValue, phoneValue, null);
        EventDraft refresh = Drafts.profileVerified(t, account, verified, customerSince, scenario);
        if (emailClaim.fraudsters() && phoneClaim.fraudsters()) {
            return refresh.controlledByFraudster(emailValue, phoneValue);
        }
        if (emailClaim.fraudsters() || phoneClaim.fraudsters()) {
            return refresh.controlledByFraudster(emailClaim.fraudsters() ? emailValue : phoneValue);
        }
        return refresh;
    }
}
