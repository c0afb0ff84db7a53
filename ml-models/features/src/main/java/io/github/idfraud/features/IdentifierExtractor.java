package io.github.idfraud.features;

import io.github.idfraud.contract.Address;
import io.github.idfraud.contract.Channel;
import io.github.idfraud.contract.ContactChange;
import io.github.idfraud.contract.Event;
import io.github.idfraud.contract.EventType;

/**
 * Finds the identifiers in an event, normalises them and replaces each with its pseudonym. Raw values go no
 * further than this class. A contact change's new value is the event's e-mail, phone or address.
 */
public final class IdentifierExtractor {

    private final IdentifierNormaliser normaliser = new IdentifierNormaliser();
    private final Pseudonymiser pseudonymiser;
    private final Pseudonymiser previous;

    public IdentifierExtractor(Pseudonymiser pseudonymiser) {
        this.pseudonymiser = pseudonymiser;
        this.previous = pseudonymiser.previous();
    }

    public IdentityKeys extract(String tenant, Event event) {
        IdentityKeys keys = new IdentityKeys();
        var identity = event.identity();
        String country = identity != null && identity.address() != null ? identity.address().country() : null;
        if (identity != null) {
            put(keys, tenant, IdentifierKind.NATIONAL_ID, normaliser.nationalId(identity.nationalId()));
            put(keys, tenant, IdentifierKind.EMAIL, normaliser.email(identity.email()));
            put(keys, tenant, IdentifierKind.PHONE, normaliser.phone(identity.phone(), country));
            put(keys, tenant, IdentifierKind.ADDRESS, normaliser.address(identity.address()));
        }
        ContactChange change = event.contactChange();
        if (event.type() == EventType.CONTACT_CHANGE && change != null && change.newValue() != null) {
            switch (change.field()) {
                case EMAIL -> put(keys, tenant, IdentifierKind.EMAIL, normaliser.email(change.newValue()));
                case PHONE -> put(keys, tenant, IdentifierKind.PHONE, normaliser.phone(change.newValue(), country));
                case ADDRESS -> put(keys, tenant, IdentifierKind.ADDRESS,
                        normaliser.address(new Address(change.newValue(), null, null, null, null)));
            }
        }
        if (event.device() != null) {
            put(keys, tenant, IdentifierKind.DEVICE, normaliser.plain(event.device().deviceId()));
            put(keys, tenant, IdentifierKind.IP, normaliser.ip(event.device().ip()));
        }
        put(keys, tenant, IdentifierKind.CUSTOMER, normaliser.plain(event.customerId()));
        if (event.transaction() != null) {
            put(keys, tenant, IdentifierKind.COUNTERPARTY, normaliser.plain(event.transaction().counterpartyId()));
            put(keys, tenant, IdentifierKind.CARD, normaliser.plain(event.transaction().cardId()));
            if (event.transaction().channel() == Channel.TRANSFER) {
                put(keys, tenant, IdentifierKind.PAYEE_ACCOUNT, normaliser.plain(event.transaction().counterpartyId()));
            }
        } else if (event.payee() != null) {
            put(keys, tenant, IdentifierKind.COUNTERPARTY, normaliser.plain(event.payee().payeeId()));
            put(keys, tenant, IdentifierKind.PAYEE_ACCOUNT, normaliser.plain(event.payee().payeeId()));
        }
        return keys;
    }

    private void put(IdentityKeys keys, String tenant, IdentifierKind kind, String normalised) {
        if (normalised != null && !normalised.isEmpty()) {
            keys.put(kind, pseudonymiser.pseudonym(kind, tenant, normalised));
            if (previous != null) {
                keys.putFormer(kind, previous.pseudonym(kind, tenant, normalised));
            }
        }
    }
}
