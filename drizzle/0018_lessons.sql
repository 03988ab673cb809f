CREATE TABLE "lesson_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lesson_id" uuid NOT NULL,
	"problem_id" uuid,
	"meeting_id" uuid,
	"escalation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lesson_links_one_record" CHECK (num_nonnulls("lesson_links"."problem_id", "lesson_links"."meeting_id", "lesson_links"."escalation_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "lessons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mesa_id" uuid NOT NULL,
	"what_happened" text NOT NULL,
	"what_was_learned" text NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"visibility" "visibility" DEFAULT 'members' NOT NULL,
	"search_document" text DEFAULT '' NOT NULL,
	"search_es" "tsvector" GENERATED ALWAYS AS (to_tsvector('spanish'::regconfig, search_document)) STORED NOT NULL,
	"search_en" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, search_document)) STORED NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "lesson_links" ADD CONSTRAINT "lesson_links_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_links" ADD CONSTRAINT "lesson_links_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_links" ADD CONSTRAINT "lesson_links_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_links" ADD CONSTRAINT "lesson_links_escalation_id_escalations_id_fk" FOREIGN KEY ("escalation_id") REFERENCES "public"."escalations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lessons" ADD CONSTRAINT "lessons_mesa_id_mesas_id_fk" FOREIGN KEY ("mesa_id") REFERENCES "public"."mesas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lessons" ADD CONSTRAINT "lessons_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "lesson_links_problem_key" ON "lesson_links" USING btree ("lesson_id","problem_id");--> statement-breakpoint
CREATE UNIQUE INDEX "lesson_links_meeting_key" ON "lesson_links" USING btree ("lesson_id","meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "lesson_links_escalation_key" ON "lesson_links" USING btree ("lesson_id","escalation_id");--> statement-breakpoint
CREATE INDEX "lesson_links_problem_idx" ON "lesson_links" USING btree ("problem_id");--> statement-breakpoint
CREATE INDEX "lesson_links_meeting_idx" ON "lesson_links" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "lesson_links_escalation_idx" ON "lesson_links" USING btree ("escalation_id");--> statement-breakpoint
CREATE INDEX "lessons_mesa_idx" ON "lessons" USING btree ("mesa_id","created_at");--> statement-breakpoint
CREATE INDEX "lessons_search_es_idx" ON "lessons" USING gin ("search_es") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "lessons_search_en_idx" ON "lessons" USING gin ("search_en") WITH (fastupdate=false);