-- Editors' choices between sources are append-only, as the audit log is: an update, a
-- delete or a truncate of their rows is refused, whoever asks.
create function ingest_fact_choice_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'ingest_fact_choice is append-only: % refused', tg_op;
end;
$$;
create trigger ingest_fact_choice_no_change before update or delete on ingest_fact_choice
    for each row execute function ingest_fact_choice_append_only();
create trigger ingest_fact_choice_no_truncate before truncate on ingest_fact_choice
    for each statement execute function ingest_fact_choice_append_only();
