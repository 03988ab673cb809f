CREATE TABLE "commitment_due_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commitment_id" uuid NOT NULL,
	"from_due_on" date NOT NULL,
	"to_due_on" date NOT NULL,
	"reason" text NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "original_due_on" date;--> statement-breakpoint
ALTER TABLE "mesas" ADD COLUMN "time_zone" text;--> statement-breakpoint
ALTER TABLE "commitment_due_changes" ADD CONSTRAINT "commitment_due_changes_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_due_changes" ADD CONSTRAINT "commitment_due_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commitment_due_changes_commitment_idx" ON "commitment_due_changes" USING btree ("commitment_id","changed_at");