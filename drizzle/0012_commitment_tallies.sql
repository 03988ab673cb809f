-- Keeps commitment_tallies current so that the portfolio reads a few thousand rows instead of grouping
-- every commitment on every request.
--
-- A tally row counts the commitments of one Mesa, responsible entity (null: none) and visibility with
-- one outcome: 'open' keyed by the first agreed due day (coalesce(original_due_on, due_on)), and
-- 'open_total' all the open ones whatever their day (due_on null); 'on_time' or 'late' (done,
-- completed before or after the start of the day after that due day in the Mesa's time zone; due_on
-- null) and 'done_undated' (done, completed_at null). Cancelled commitments are not counted. Whether
-- an open commitment is overdue depends on "today", so the reader decides: pending = the 'open' rows
-- due today or later, overdue = 'open_total' minus pending. It reads the few rows due from yesterday
-- on (index commitment_tallies_due_idx) and the per-group totals, never the open rows of past days.
--
-- The Mesa's zone is mesas.time_zone, or the deployment's zone when null. SQL does not know the
-- deployment's zone: it is kept in the one-row table tally_settings, which the application sets at
-- start-up (and checks when it reads the tallies, src/db/queries/metrics.ts) from its TIME_ZONE; a
-- change of that row rebuilds the tallies of the Mesas without a zone of their own. Changing a Mesa's
-- zone rebuilds that Mesa's tallies.
--
-- The triggers on commitments are statement-level with transition tables: one grouped upsert per
-- statement, however many rows it wrote (bulk loads stay fast), ordered by key so that concurrent
-- writers take the row locks in one order.
CREATE TABLE "tally_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL CHECK ("id" = 1),
	"time_zone" text NOT NULL
);
--> statement-breakpoint
INSERT INTO "tally_settings" ("id", "time_zone") VALUES (1, 'UTC');
--> statement-breakpoint
CREATE FUNCTION "commitment_tally_keys"(
  "status" "commitment_status", "first_due_on" date, "completed_at" timestamptz, "zone" text
) RETURNS TABLE ("outcome" text, "due_on" date) LANGUAGE sql STABLE AS $$
  SELECT 'open', "first_due_on" WHERE "status" = 'open'
  UNION ALL
  SELECT 'open_total', NULL::date WHERE "status" = 'open'
  UNION ALL
  SELECT CASE
      WHEN "completed_at" IS NULL THEN 'done_undated'
      WHEN "completed_at" < (("first_due_on" + 1)::timestamp AT TIME ZONE "zone") THEN 'on_time'
      ELSE 'late'
    END, NULL::date
  WHERE "status" = 'done'
$$;
--> statement-breakpoint
CREATE INDEX "commitment_tallies_due_idx" ON "commitment_tallies" USING btree ("outcome", "due_on");
--> statement-breakpoint
CREATE FUNCTION "commitment_tallies_rebuild"("only_mesa" uuid, "zoneless_only" boolean) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "commitment_tallies" t
  WHERE ("only_mesa" IS NULL OR t."mesa_id" = "only_mesa")
    AND (NOT "zoneless_only" OR t."mesa_id" IN (SELECT "id" FROM "mesas" WHERE "time_zone" IS NULL));
  INSERT INTO "commitment_tallies" ("mesa_id", "organization_id", "visibility", "outcome", "due_on", "count")
  SELECT c."mesa_id", c."organization_id", c."visibility", k."outcome", k."due_on", count(*)::int
  FROM "commitments" c JOIN "mesas" m ON m."id" = c."mesa_id"
  CROSS JOIN LATERAL commitment_tally_keys(c."status", coalesce(c."original_due_on", c."due_on"), c."completed_at",
    coalesce(m."time_zone", (SELECT "time_zone" FROM "tally_settings"), 'UTC')) k
  WHERE ("only_mesa" IS NULL OR c."mesa_id" = "only_mesa")
    AND (NOT "zoneless_only" OR m."time_zone" IS NULL)
  GROUP BY 1, 2, 3, 4, 5;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "commitment_tallies_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  "gone" "commitments"[];
  "came" "commitments"[];
  "emptied" tid[];
BEGIN
  -- A transition table exists only for the operations that have it.
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT array_agg(o) INTO "gone" FROM "old_rows" o;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT array_agg(n) INTO "came" FROM "new_rows" n;
  END IF;
  WITH "changed" AS (
    SELECT -1 AS "sign", g.* FROM unnest("gone") g
    UNION ALL
    SELECT 1 AS "sign", c.* FROM unnest("came") c
  ), "keyed" AS (
    -- A Mesa being deleted is gone here: its tallies go with it (on delete cascade).
    SELECT c."sign", c."mesa_id", c."organization_id", c."visibility", k."outcome", k."due_on"
    FROM "changed" c JOIN "mesas" m ON m."id" = c."mesa_id"
    CROSS JOIN LATERAL commitment_tally_keys(c."status", coalesce(c."original_due_on", c."due_on"), c."completed_at",
      coalesce(m."time_zone", (SELECT "time_zone" FROM "tally_settings"), 'UTC')) k
  ), "delta" AS (
    SELECT "mesa_id", "organization_id", "visibility", "outcome", "due_on", sum("sign")::int AS "count"
    FROM "keyed" GROUP BY 1, 2, 3, 4, 5 HAVING sum("sign") <> 0
  ), "applied" AS (
    INSERT INTO "commitment_tallies" AS t ("mesa_id", "organization_id", "visibility", "outcome", "due_on", "count")
    SELECT * FROM "delta" ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ON CONSTRAINT "commitment_tallies_key" DO UPDATE SET "count" = t."count" + excluded."count"
    RETURNING t.ctid AS "row", t."count"
  )
  SELECT array_agg("row") INTO "emptied" FROM "applied" WHERE "count" = 0;
  IF "emptied" IS NOT NULL THEN
    DELETE FROM "commitment_tallies" WHERE ctid = ANY ("emptied");
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "commitment_tallies_insert" AFTER INSERT ON "commitments"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "commitment_tallies_apply"();
--> statement-breakpoint
CREATE TRIGGER "commitment_tallies_update" AFTER UPDATE ON "commitments"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "commitment_tallies_apply"();
--> statement-breakpoint
CREATE TRIGGER "commitment_tallies_delete" AFTER DELETE ON "commitments"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "commitment_tallies_apply"();
--> statement-breakpoint
CREATE FUNCTION "commitment_tallies_mesa_zone"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM commitment_tallies_rebuild(NEW."id", false);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "commitment_tallies_mesa_zone" AFTER UPDATE OF "time_zone" ON "mesas"
  FOR EACH ROW WHEN (OLD."time_zone" IS DISTINCT FROM NEW."time_zone")
  EXECUTE FUNCTION "commitment_tallies_mesa_zone"();
--> statement-breakpoint
CREATE FUNCTION "commitment_tallies_deployment_zone"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM commitment_tallies_rebuild(NULL, true);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "commitment_tallies_deployment_zone" AFTER UPDATE OF "time_zone" ON "tally_settings"
  FOR EACH ROW WHEN (OLD."time_zone" IS DISTINCT FROM NEW."time_zone")
  EXECUTE FUNCTION "commitment_tallies_deployment_zone"();
--> statement-breakpoint
SELECT commitment_tallies_rebuild(NULL, false);
