-- Rights end when they are taken away (docs/security.md; design decision 0012). Every change of
-- a user's role, enabled flag or password counts security_version up; a signed-in session
-- remembers the version it logged in with and is ended at its next request when the stored one
-- differs. The signal goes through the database, so that a change made by another process
-- (jobs/reset-password) counts as one made in the dashboard. Portable SQL (H2, PostgreSQL).
alter table app_user add column security_version integer default 0 not null;
