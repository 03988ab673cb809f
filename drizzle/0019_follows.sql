CREATE TABLE "follow_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"problem_id" uuid,
	"commitment_id" uuid,
	"kind" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_changes_one_record" CHECK (num_nonnulls("follow_changes"."problem_id", "follow_changes"."commitment_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "follow_mailings" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"last_mailed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "follows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"problem_id" uuid,
	"commitment_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follows_one_record" CHECK (num_nonnulls("follows"."problem_id", "follows"."commitment_id") = 1)
);
--> statement-breakpoint
ALTER TABLE "follow_changes" ADD CONSTRAINT "follow_changes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_changes" ADD CONSTRAINT "follow_changes_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_changes" ADD CONSTRAINT "follow_changes_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_mailings" ADD CONSTRAINT "follow_mailings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "follow_changes_user_idx" ON "follow_changes" USING btree ("user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "follow_changes_problem_idx" ON "follow_changes" USING btree ("problem_id");--> statement-breakpoint
CREATE INDEX "follow_changes_commitment_idx" ON "follow_changes" USING btree ("commitment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "follows_user_problem_key" ON "follows" USING btree ("user_id","problem_id");--> statement-breakpoint
CREATE UNIQUE INDEX "follows_user_commitment_key" ON "follows" USING btree ("user_id","commitment_id");--> statement-breakpoint
CREATE INDEX "follows_problem_idx" ON "follows" USING btree ("problem_id");--> statement-breakpoint
CREATE INDEX "follows_commitment_idx" ON "follows" USING btree ("commitment_id");