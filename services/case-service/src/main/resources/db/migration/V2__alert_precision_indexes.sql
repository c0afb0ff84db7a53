-- The alert precision gauges (AlertPrecisionRefresher) read recent analyst outcomes and consumer answers every few
-- minutes: partial indexes keep those reads off the full audit trail and token tables.
create index case_audit_outcomes on case_audit (at)
    where action = 'TRANSITION' and to_status in ('CONFIRMED_FRAUD', 'DISMISSED');
create index answer_token_answered on answer_token (used_at) where answer is not null;
