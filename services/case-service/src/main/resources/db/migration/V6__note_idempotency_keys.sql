-- A note's idempotency key (the API's Idempotency-Key header): a client that lost the answer to "add a note" (a
-- database restart cut the connection at commit) sends it again and gets the stored note, not a second one.
alter table case_note add column idempotency_key varchar(64);
create unique index case_note_once_per_key on case_note (case_id, idempotency_key) where idempotency_key is not null;
