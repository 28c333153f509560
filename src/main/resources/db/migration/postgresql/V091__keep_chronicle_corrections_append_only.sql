-- An editor's correction is history: an update of its row is refused, whoever asks.
create function chronicle_correction_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'chronicle_correction is append-only: % refused', tg_op;
end;
$$;
create trigger chronicle_correction_no_change before update on chronicle_correction
    for each row execute function chronicle_correction_append_only();
