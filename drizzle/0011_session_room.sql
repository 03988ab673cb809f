CREATE TABLE "commitment_tallies" (
	"mesa_id" uuid NOT NULL,
	"organization_id" uuid,
	"visibility" "visibility" NOT NULL,
	"outcome" text NOT NULL,
	"due_on" date,
	"count" integer NOT NULL,
	CONSTRAINT "commitment_tallies_key" UNIQUE NULLS NOT DISTINCT("mesa_id","organization_id","visibility","outcome","due_on")
);
--> statement-breakpoint
CREATE TABLE "field_feedback_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"problem_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_used_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "current_agenda_item_id" uuid;--> statement-breakpoint
ALTER TABLE "mesas" ADD COLUMN "reminder_days_before" integer;--> statement-breakpoint
ALTER TABLE "mesas" ADD COLUMN "reminder_days_after" integer;--> statement-breakpoint
ALTER TABLE "problems" ADD COLUMN "field_alert_feedback_id" uuid;--> statement-breakpoint
ALTER TABLE "commitment_tallies" ADD CONSTRAINT "commitment_tallies_mesa_id_mesas_id_fk" FOREIGN KEY ("mesa_id") REFERENCES "public"."mesas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_feedback_links" ADD CONSTRAINT "field_feedback_links_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_feedback_links" ADD CONSTRAINT "field_feedback_links_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_feedback_links" ADD CONSTRAINT "field_feedback_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "field_feedback_links_token_key" ON "field_feedback_links" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "field_feedback_links_problem_idx" ON "field_feedback_links" USING btree ("problem_id","person_id");--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_current_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("current_agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_field_alert_feedback_id_field_feedback_id_fk" FOREIGN KEY ("field_alert_feedback_id") REFERENCES "public"."field_feedback"("id") ON DELETE set null ON UPDATE no action;