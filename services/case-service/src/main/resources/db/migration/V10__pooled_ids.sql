-- The rows an alert inserts (its case event, audit entry and notice e-mail) take their ids 50 at a time from these
-- sequences (Hibernate's pooled optimizer), so the intake's inserts go to PostgreSQL in JDBC batches instead of one
-- round trip each for a generated id (issue 16: case intake). The increment must equal the entities' allocationSize.
-- A row inserted without an id (the column default, nextval) still gets one no batch hands out.
alter sequence case_event_id_seq increment by 50;
alter sequence case_audit_id_seq increment by 50;
alter sequence email_outbox_id_seq increment by 50;
