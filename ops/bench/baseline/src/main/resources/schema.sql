-- The baseline job's table; created with the Spring Batch tables when the benchmark
-- prepares the baseline's template database (spring.sql.init.mode=always).
create table baseline_fact (
    region varchar(100) not null,
    indicator varchar(300) not null,
    unit varchar(40),
    fact_year integer not null,
    fact_value numeric(40, 20)
);
