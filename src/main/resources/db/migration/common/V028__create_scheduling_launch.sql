-- One row per job name, locked (select ... for update nowait) by the process that checks that
-- the job is not running and creates its execution, until that execution has started: two
-- nodes launching the same job at the same moment take turns, and the second finds the
-- first's execution running (issue 19, point 8). The columns say who launched it last.
create table scheduling_launch (
    job_name varchar(100) primary key,
    launched_at timestamp,
    launched_by varchar(200)
);
