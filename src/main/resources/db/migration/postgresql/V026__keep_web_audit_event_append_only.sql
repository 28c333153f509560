-- The audit log is append-only: an update or a delete of its rows is refused, whoever
-- asks. (Removing old rows on purpose takes the table owner dropping this trigger first,
-- which is itself a schema change someone has to make.)
create function web_audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'web_audit_event is append-only: % refused', tg_op;
end;
$$;
create trigger web_audit_event_no_change before update or delete on web_audit_event
    for each row execute function web_audit_event_append_only();
create trigger web_audit_event_no_truncate before truncate on web_audit_event
    for each statement execute function web_audit_event_append_only();
