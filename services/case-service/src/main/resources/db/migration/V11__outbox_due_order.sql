-- A sender takes the oldest due row of its outbox, in (next_attempt_at, id) order. The old indexes held
-- next_attempt_at alone, so with many rows due at the same instant (an intake batch queues its notices at one time)
-- every take sorted all of them: about 20 ms a notice with a backlog of a few thousand (issue 16). In this order the
-- scan stops at the first row it can lock. Safe during a rolling upgrade: older pods run the same query.
create index email_outbox_next_due on email_outbox (next_attempt_at, id) where status = 'PENDING';
drop index email_outbox_due;
create index webhook_outbox_next_due on webhook_outbox (next_attempt_at, id) where status = 'PENDING';
drop index webhook_outbox_due;
