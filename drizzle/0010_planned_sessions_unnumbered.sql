-- A session is numbered when it is held: sessions planned before numbering moved to the start lose the number they were given when created.
update "meetings" set "number" = null where "kind" = 'session' and "state" in ('draft', 'scheduled');
