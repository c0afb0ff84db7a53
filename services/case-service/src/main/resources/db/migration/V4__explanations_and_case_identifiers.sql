-- The deciding model's view of each event (model version, strongest contributions, every feature value), exactly
-- as it was on the alert: a later model never rewrites why a case was opened. Null for alerts raised before.
alter table case_event add column explanation jsonb;

-- Which pseudonymous identifiers each case carries, so the workbench can show other cases of the same bank that
-- share one (a device, an email, a payee...). Pseudonyms only; the page shows the kind, never the value.
create table case_identifier (
    case_id   uuid         not null references fraud_case (id),
    tenant    varchar(64)  not null,
    kind      varchar(32)  not null,
    pseudonym varchar(200) not null,
    primary key (case_id, kind, pseudonym)
);
create index case_identifier_shared on case_identifier (tenant, kind, pseudonym);
