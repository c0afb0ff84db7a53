-- The runtime role (issue 15, finding 8). Flyway migrates as the schema's owner (QUARKUS_FLYWAY_USERNAME); the
-- service works as ${runtime_role} (QUARKUS_DATASOURCE_USERNAME), which reads and writes rows and nothing more: it
-- cannot create, alter or drop a table, a trigger or a function, so it cannot switch off the audit trail's guard.
-- Where both are one user (dev and test defaults), these grants change nothing.

grant usage on schema public to "${runtime_role}";
grant select, insert, update, delete on all tables in schema public to "${runtime_role}";
grant usage, select on all sequences in schema public to "${runtime_role}";

-- The audit trail is append-only for the runtime role by its rights too, not only by its trigger: purges and
-- redactions go through case_audit_purge and case_audit_redact, which run as the owner (security definer).
revoke update, delete, truncate on case_audit, data_subject_request from "${runtime_role}";
-- Migration bookkeeping is the owner's.
revoke all on ${flyway:table} from "${runtime_role}";

-- Tables and sequences that later migrations create get the same rights; a later append-only table revokes its own.
alter default privileges in schema public grant select, insert, update, delete on tables to "${runtime_role}";
alter default privileges in schema public grant usage, select on sequences to "${runtime_role}";
