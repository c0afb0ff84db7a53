-- Cases opened from scoring alerts. Identities are keyed pseudonyms from the scoring service, never raw
-- identifiers; the only personal data is the AES-GCM contact envelope in case_event.encrypted_contact.

create table fraud_case (
    id             uuid primary key,
    tenant         varchar(64)      not null,
    identity_kind  varchar(32)      not null,
    identity_key   varchar(200)     not null,
    status         varchar(32)      not null,
    priority       varchar(2)       not null,
    max_score      double precision not null,
    assignee       varchar(128),
    opened_at      timestamptz      not null,
    first_event_at timestamptz      not null,
    last_event_at  timestamptz      not null,
    due_at         timestamptz      not null,
    updated_at     timestamptz      not null,
    closed_at      timestamptz,
    version        bigint           not null default 0,
    constraint fraud_case_status check (status in ('OPEN', 'IN_REVIEW', 'AWAITING_CONSUMER', 'CONFIRMED_FRAUD', 'DISMISSED')),
    constraint fraud_case_priority check (priority in ('P1', 'P2', 'P3'))
);
create index fraud_case_identity on fraud_case (tenant, identity_key, last_event_at);
create index fraud_case_queue on fraud_case (tenant, status, priority, opened_at);

create table case_event (
    id                bigserial primary key,
    case_id           uuid             not null references fraud_case (id),
    tenant            varchar(64)      not null,
    event_id          varchar(128)     not null,
    event_type        varchar(32)      not null,
    occurred_at       timestamptz      not null,
    score             double precision not null,
    decision          varchar(16)      not null,
    reasons           jsonb            not null,
    model_version     varchar(128),
    -- The contact envelope exactly as received (v1.<base64url>), bound to tenant/event_id; purged after retention.
    encrypted_contact text,
    received_at       timestamptz      not null,
    stream_entry_id   varchar(64),
    constraint case_event_once unique (tenant, event_id)
);
create index case_event_case on case_event (case_id);
create index case_event_contact_retention on case_event (received_at) where encrypted_contact is not null;

create table case_note (
    id         bigserial primary key,
    case_id    uuid         not null references fraud_case (id),
    author     varchar(128) not null,
    body       text         not null,
    created_at timestamptz  not null
);
create index case_note_case on case_note (case_id);

-- Append-only: who did what to a case, when, from which status to which, and why.
create table case_audit (
    id          bigserial primary key,
    case_id     uuid         not null references fraud_case (id),
    tenant      varchar(64)  not null,
    actor       varchar(128) not null,
    at          timestamptz  not null,
    action      varchar(32)  not null,
    from_status varchar(32),
    to_status   varchar(32),
    reason      text
);
create index case_audit_case on case_audit (case_id, id);

create function case_audit_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'case_audit is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger case_audit_no_update_or_delete
    before update or delete on case_audit
    for each row execute function case_audit_append_only();

create trigger case_audit_no_truncate
    before truncate on case_audit
    for each statement execute function case_audit_append_only();

-- Transactional outbox of consumer emails: written with the case, sent by a scheduled sender.
create table email_outbox (
    id              bigserial primary key,
    case_id         uuid        not null references fraud_case (id),
    case_event_id   bigint      not null references case_event (id),
    tenant          varchar(64) not null,
    template        varchar(32) not null,
    status          varchar(16) not null,
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    last_error      varchar(300),
    -- HMAC of the normalised address, for the per-consumer rate limit; never the address itself.
    recipient_ref   varchar(64),
    created_at      timestamptz not null,
    sent_at         timestamptz,
    constraint email_once_per_case_and_template unique (case_id, template),
    constraint email_outbox_status check (status in ('PENDING', 'SENT', 'FAILED', 'SKIPPED', 'SUPPRESSED'))
);
create index email_outbox_due on email_outbox (next_attempt_at) where status = 'PENDING';
create index email_outbox_recipient on email_outbox (recipient_ref, sent_at) where status = 'SENT';

-- One single-use answer link per email; the token string itself is signed and never stored.
create table answer_token (
    id            uuid        primary key,
    email_id      bigint      not null unique references email_outbox (id),
    case_id       uuid        not null references fraud_case (id),
    case_event_id bigint      not null references case_event (id),
    tenant        varchar(64) not null,
    expires_at    timestamptz not null,
    used_at       timestamptz,
    answer        varchar(16)
);

-- Labels from case outcomes and consumer answers: the export source and the outbox of the labels stream.
create table case_label (
    id              bigserial primary key,
    tenant          varchar(64)  not null,
    case_id         uuid         not null references fraud_case (id),
    event_id        varchar(128) not null,
    label           varchar(8)   not null,
    source          varchar(16)  not null,
    reported_at     timestamptz  not null,
    published_at    timestamptz,
    stream_entry_id varchar(64),
    constraint case_label_once unique (tenant, event_id, source)
);
create index case_label_unpublished on case_label (id) where published_at is null;
create index case_label_export on case_label (tenant, reported_at, id);
