-- An activity's land may list one country per partner, in the partners' order ("PL|LT|SE";
-- docs/import-format.md §10): the codes are kept here, joined by '|'. Null when the activity gives
-- one country (country_code), which then holds for all its partners, as before.
alter table activity add column partner_countries varchar(1000);
