CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mesa_id" uuid NOT NULL,
	"problem_id" uuid,
	"solution_id" uuid,
	"solution_version" integer,
	"meeting_id" uuid,
	"commitment_id" uuid,
	"title" text NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"visibility" "visibility" DEFAULT 'members' NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_one_record" CHECK (num_nonnulls("documents"."problem_id", "documents"."solution_id", "documents"."meeting_id", "documents"."commitment_id") = 1),
	CONSTRAINT "documents_version_of_solution" CHECK ("documents"."solution_version" is null or "documents"."solution_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "solutions" ADD COLUMN "agreed_on" date;--> statement-breakpoint
ALTER TABLE "solutions" ADD COLUMN "drafted_on" date;--> statement-breakpoint
ALTER TABLE "solutions" ADD COLUMN "norm_name" text;--> statement-breakpoint
ALTER TABLE "solutions" ADD COLUMN "norm_number" text;--> statement-breakpoint
ALTER TABLE "solutions" ADD COLUMN "norm_date" date;--> statement-breakpoint
ALTER TABLE "solutions" ADD COLUMN "norm_url" text;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_mesa_id_mesas_id_fk" FOREIGN KEY ("mesa_id") REFERENCES "public"."mesas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_solution_id_solutions_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "documents_mesa_idx" ON "documents" USING btree ("mesa_id","created_at");--> statement-breakpoint
CREATE INDEX "documents_problem_idx" ON "documents" USING btree ("problem_id");--> statement-breakpoint
CREATE INDEX "documents_solution_idx" ON "documents" USING btree ("solution_id");--> statement-breakpoint
CREATE INDEX "documents_meeting_idx" ON "documents" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "documents_commitment_idx" ON "documents" USING btree ("commitment_id");