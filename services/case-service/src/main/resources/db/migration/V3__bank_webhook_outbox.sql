-- Transactional outbox of the bank webhook: a consumer's "not me" answer is written here in the same transaction
-- as the answer itself, and a scheduled sender posts it to the bank of record (the case's tenant), signed.
-- The row's id is the delivery id the bank sees: the same on every retry, so the bank can drop repeats.
create table webhook_outbox (
    id              uuid        primary key,
    case_id         uuid        not null references fraud_case (id),
    case_event_id   bigint      not null references case_event (id),
    tenant          varchar(64) not null,
    answer          varchar(16) not null,
    -- The exact JSON body the bank receives, fixed when the answer was given (no personal data: ids and times).
    payload         text        not null,
    status          varchar(16) not null,
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    -- Why the last attempt failed: an HTTP status or an error class, never the URL, the key or a response body.
    last_error      varchar(300),
    created_at      timestamptz not null,
    delivered_at    timestamptz,
    -- One delivery per case and answer: a second "not me" (another link of the same case) tells the bank nothing new.
    constraint webhook_once_per_case_and_answer unique (case_id, answer),
    constraint webhook_outbox_status check (status in ('PENDING', 'DELIVERED', 'FAILED', 'SKIPPED'))
);
create index webhook_outbox_due on webhook_outbox (next_attempt_at) where status = 'PENDING';
-- The undelivered-webhooks gauge reads only these.
create index webhook_outbox_undelivered on webhook_outbox (tenant, status) where status in ('PENDING', 'FAILED');
