DROP INDEX "audit_events_mesa_idx";--> statement-breakpoint
ALTER TABLE "solutions" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX "audit_events_mesa_idx" ON "audit_events" USING btree ("mesa_id","seq");