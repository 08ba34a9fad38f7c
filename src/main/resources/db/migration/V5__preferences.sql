-- What each user last looked at in the dashboard (municipality, plan year, evaluation date), so
-- that the next visit opens there. evaluation_date null: the plan year's default date, which
-- moves with the days (today in Sweden for the running year, Y-12-31 for a past one).
create table user_preference (
    username_key      varchar(100) not null primary key references app_user (username_key) on delete cascade,
    municipality_code varchar(4) references municipality (code) on delete set null,
    plan_year         integer,
    evaluation_date   date
);
