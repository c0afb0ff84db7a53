-- Why a case was closed, beyond its final status: DISMISSED covers both an analyst's false positive and a consumer
-- who confirmed it was them. Null while the case is open, and for cases closed before this column existed.
alter table fraud_case add column disposition varchar(32);
alter table fraud_case add constraint fraud_case_disposition
    check (disposition in ('CONFIRMED_FRAUD', 'FALSE_POSITIVE', 'CONSUMER_CONFIRMED'));
