-- What a rejected row was about, as written in it (docs/import-format.md §11): the municipality
-- (kommun), the code that names the row's subject (indikator_kod in utfall and handlingsplan,
-- aktivitet_kod in aktiviteter, kod in strategi and berattelse) and its period or year (period,
-- or ar). The Import view shows which indicator a rejected row was for, and an indicator's page
-- says when a newer value for it was rejected. Nullable: rows rejected before this version,
-- and rows that lack the column, have none. Written in the same statement as the rest of the
-- rejected row, in the chunk's transaction (docs/design-decisions/0002-crash-safety.md).
alter table rejected_row add column row_municipality varchar(20);
alter table rejected_row add column row_code varchar(200);
alter table rejected_row add column row_period varchar(20);
create index rejected_row_subject on rejected_row (row_municipality, row_code);
