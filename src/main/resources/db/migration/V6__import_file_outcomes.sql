-- Import files keep a record per run (docs/import-format.md §11, docs/design-decisions/0010): a
-- file resumed after an interrupted run gets a new record in the run that continues it, under
-- the name it has then. batch_key is the id its Spring Batch job is keyed by: the first
-- record's id, carried over to every record that continues the same import, so that the job
-- restarts after its last committed chunk.
-- New statuses (varchar, no constraint): FAILED (an error caused by the file's content; moved
-- to failed/), WAITING (left in the inbox for a later run: still being copied, or changed while
-- read), SKIPPED (not a file to import, or gone), UNREADABLE (a read error; left for a rerun),
-- INTERRUPTED (the run stopped while the file was imported; a later run continues it).
alter table import_file add column batch_key bigint;
update import_file set batch_key = id;

-- Why a run failed, by kind (database, disk, files, memory, internal, rerun, interrupted): the API
-- and the Import view say it in words of their own; error_message holds a sentence for people,
-- never an exception's text. Runs stored before have no kind.
alter table import_run add column error_kind varchar(20);
