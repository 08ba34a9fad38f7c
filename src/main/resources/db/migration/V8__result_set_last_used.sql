-- When a stored result set was last written or read. The sets of dates other than a plan year's
-- default date and its tertial ends (dates API clients and dashboard users ask for) are kept to
-- a bounded number in the whole database, the least recently used removed first
-- (docs/design-decisions/0006-stored-results.md).
alter table result_set add column last_used_at timestamp with time zone;
update result_set set last_used_at = computed_at;
