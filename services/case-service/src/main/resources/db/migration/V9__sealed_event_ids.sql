-- A bank's event id may carry customer data, so from here on it is kept only sealed (AES-GCM under the
-- contact-encryption key, bound to tenant/event_ref: EventIdSeal). event_ref names the event instead: the scoring
-- service's keyed reference from the alert, or one this service made for an alert that carried the id in clear.
alter table case_event
    add column event_ref       varchar(64),
    add column sealed_event_id varchar(512),
    alter column event_id drop not null;
alter table case_event add constraint case_event_ref_once unique (tenant, event_ref);

alter table case_label
    add column event_ref       varchar(64),
    add column sealed_event_id varchar(512),
    alter column event_id drop not null;
alter table case_label add constraint case_label_ref_once unique (tenant, event_ref, source);

-- Rows from before keep event_id in clear until the service's next start seals them (EventIdSealing) and clears it;
-- afterwards every row is named and sealed, which these checks hold from then on.
alter table case_event add constraint case_event_id_sealed
    check ((event_id is null) = (event_ref is not null and sealed_event_id is not null));
alter table case_label add constraint case_label_id_sealed
    check ((event_id is null) = (event_ref is not null and sealed_event_id is not null));

-- The bank webhook's body quoted the event id; it is now built at each attempt from the rows it describes.
alter table webhook_outbox drop column payload;
