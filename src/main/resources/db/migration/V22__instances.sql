-- More than one Måltavla instance on one database (docs/design-decisions/0024).

-- Which instance runs (or ran) an import run, so that the Import view of every instance can say so.
alter table import_run add column instance_id varchar(100);
-- Written every few seconds while the run lives: the Import views tell a run that stopped
-- answering from one that runs. Whether a run is dead is still decided by the import lock alone.
alter table import_run add column heartbeat_at timestamp with time zone;

-- The rows a file has in all, known before its first chunk: with rows_read (committed with each
-- chunk) it is the file's progress as every instance's Import view reads it.
alter table import_file add column rows_total bigint;

-- One row per scheduled job: the instance that claimed its latest firing, and when. An instance
-- runs a firing only if its conditional update of this row succeeds (ScheduledRuns).
create table scheduled_job (
    name       varchar(100) not null primary key,
    claimed_at timestamp with time zone not null,
    claimed_by varchar(100) not null
);
insert into scheduled_job (name, claimed_at, claimed_by) values ('nightly-import', timestamp with time zone '1970-01-01 00:00:00+00', '-');
insert into scheduled_job (name, claimed_at, claimed_by) values ('fulfilment-refresh', timestamp with time zone '1970-01-01 00:00:00+00', '-');
