-- The review trail is append-only, as the audit log is (V026): an update or a delete of
-- its rows is refused, whoever asks.
create function review_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'review_event is append-only: % refused', tg_op;
end;
$$;
create trigger review_event_no_change before update or delete on review_event
    for each row execute function review_event_append_only();
create trigger review_event_no_truncate before truncate on review_event
    for each statement execute function review_event_append_only();
