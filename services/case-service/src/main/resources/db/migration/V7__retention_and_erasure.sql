-- Retention and data-subject erasure (issue 15, finding 3). The audit trail stays append-only for every caller, with
-- two narrow exceptions that only the functions below open (the trigger checks the call stack), one statement at a time:
--   * case_audit_purge(cutoff) deletes audit rows older than the cutoff, never anything of the last 30 days;
--   * case_audit_redact(case ids) blanks the free-text reason of an erased person's cases (an analyst may have typed
--     personal data there); who did what, when, and which status changed stay.
-- UPDATE of anything else, DELETE outside a purge, and TRUNCATE are still refused, whoever asks. (A role that can run
-- DDL could still drop the trigger: the runtime role's rights are a separate control.)

-- An erased or expired case leaves its audit rows behind: they carry no personal data and prove what happened.
alter table case_audit drop constraint case_audit_case_id_fkey;

-- Who exported or erased a data subject's records, when, and how much; never the identifiers asked about.
create table data_subject_request (
    id     bigserial primary key,
    at     timestamptz  not null,
    actor  varchar(128) not null,
    action varchar(16)  not null,
    cases  int          not null,
    rows   int          not null,
    constraint data_subject_request_action check (action in ('EXPORT', 'ERASE'))
);

create or replace function case_audit_append_only() returns trigger
    language plpgsql as
$$
declare
    purge_before text := current_setting('idfraud.audit_purge_before', true);
    redacting    text := current_setting('idfraud.audit_redact', true);
    caller       text;
begin
    -- The settings name the cutoff and the mode; the call stack proves they were set by the functions below, so a
    -- client that sets them by hand still gets nothing past the trigger.
    get diagnostics caller = pg_context;
    -- nested ifs: plpgsql does not promise to stop at the first false operand, and OLD and NEW have no row in a
    -- TRUNCATE trigger, nor a reason column in data_subject_request
    if tg_op = 'DELETE' and coalesce(purge_before, '') <> '' and position('function case_audit_purge(' in caller) > 0 then
        if old.at < purge_before::timestamptz and old.at < now() - interval '30 days' then
            return old;
        end if;
    end if;
    if tg_op = 'UPDATE' and tg_table_name = 'case_audit' and redacting = 'on'
        and position('function case_audit_redact(' in caller) > 0 then
        if new.reason is null
            and (new.id, new.case_id, new.tenant, new.actor, new.at, new.action, new.from_status, new.to_status)
                is not distinct from
                (old.id, old.case_id, old.tenant, old.actor, old.at, old.action, old.from_status, old.to_status) then
            return new;
        end if;
    end if;
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger data_subject_request_no_update_or_delete
    before update or delete on data_subject_request
    for each row execute function case_audit_append_only();

create trigger data_subject_request_no_truncate
    before truncate on data_subject_request
    for each statement execute function case_audit_append_only();

-- Deletes the audit trail (case_audit and data_subject_request) older than the cutoff; returns how many rows.
create function case_audit_purge(cutoff timestamptz) returns bigint
    language plpgsql security definer set search_path = public as
$$
declare
    purged bigint;
    more   bigint;
begin
    if cutoff > now() - interval '30 days' then
        raise exception 'audit rows younger than 30 days are never purged (cutoff %)', cutoff
            using errcode = 'invalid_parameter_value';
    end if;
    perform set_config('idfraud.audit_purge_before', cutoff::text, true);
    delete from case_audit where at < cutoff;
    get diagnostics purged = row_count;
    delete from data_subject_request where at < cutoff;
    get diagnostics more = row_count;
    perform set_config('idfraud.audit_purge_before', '', true);
    return purged + more;
end
$$;

-- Blanks the free-text reasons of the given cases' audit rows; returns how many rows changed.
create function case_audit_redact(case_ids uuid[]) returns bigint
    language plpgsql security definer set search_path = public as
$$
declare
    redacted bigint;
begin
    perform set_config('idfraud.audit_redact', 'on', true);
    update case_audit set reason = null where case_id = any(case_ids) and reason is not null;
    get diagnostics redacted = row_count;
    perform set_config('idfraud.audit_redact', '', true);
    return redacted;
end
$$;

-- The scheduled purges read by age.
create index case_audit_age on case_audit (at);
create index fraud_case_closed on fraud_case (closed_at) where closed_at is not null;
create index answer_token_expiry on answer_token (expires_at);
create index email_outbox_age on email_outbox (created_at) where status <> 'PENDING';
create index webhook_outbox_age on webhook_outbox (created_at) where status <> 'PENDING';
create index case_label_published on case_label (reported_at) where published_at is not null;
