ALTER TABLE "mesas" ADD COLUMN "published" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "mesas" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "problem_status_events_momentum_idx" ON "problem_status_events" USING btree ("occurred_at","problem_id") WHERE "problem_status_events"."to_status" in ('enacted', 'verified');