-- A version's snapshot in a table of its own (docs/performance.md, "The year-end"). H2 keeps a
-- varchar inside its row and reads the whole row whatever columns a query names: every look at a
-- plan year's versions (is it locked, which version is in force, at what date: asked by every
-- results request, the dashboard and the import) read the JSON of every version of the year, about
-- a megabyte each for a national-scale plan year. PostgreSQL stores such values apart anyway.
create table year_end_snapshot (
    version_id bigint  not null primary key references year_end_version (id),
    snapshot   varchar not null
);
insert into year_end_snapshot (version_id, snapshot) select id, snapshot from year_end_version;
alter table year_end_version drop column snapshot;
