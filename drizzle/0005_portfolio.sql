CREATE TYPE "public"."assessment_answer" AS ENUM('yes', 'partly', 'no');--> statement-breakpoint
CREATE TYPE "public"."assessment_decision" AS ENUM('launch', 'not_now', 'no');--> statement-breakpoint
CREATE TYPE "public"."escalation_event_kind" AS ENUM('escalated', 'returned', 'answered', 'decided', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."escalation_reason" AS ENUM('budget', 'political_decision', 'inter_agency_dispute', 'legal_authority', 'other');--> statement-breakpoint
CREATE TYPE "public"."escalation_status" AS ENUM('open', 'returned', 'decided', 'withdrawn');--> statement-breakpoint
CREATE TABLE "assessment_answers" (
	"assessment_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"answer" "assessment_answer" NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	CONSTRAINT "assessment_answers_assessment_id_question_id_pk" PRIMARY KEY("assessment_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "assessment_meetings" (
	"assessment_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	CONSTRAINT "assessment_meetings_assessment_id_meeting_id_pk" PRIMARY KEY("assessment_id","meeting_id")
);
--> statement-breakpoint
CREATE TABLE "assessment_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"area" text NOT NULL,
	"position" integer NOT NULL,
	"text_es" text NOT NULL,
	"text_en" text NOT NULL,
	"red_flag" text,
	"flag_on_partly" boolean DEFAULT false NOT NULL,
	"retired_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mesa_id" uuid NOT NULL,
	"assessed_on" date NOT NULL,
	"decision" "assessment_decision",
	"rationale" text DEFAULT '' NOT NULL,
	"decided_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "escalation_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"escalation_id" uuid NOT NULL,
	"kind" "escalation_event_kind" NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"person_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "escalations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mesa_id" uuid NOT NULL,
	"problem_id" uuid NOT NULL,
	"reason" "escalation_reason" NOT NULL,
	"brief" text NOT NULL,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" "escalation_status" DEFAULT 'open' NOT NULL,
	"escalated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"escalated_by" uuid,
	"decision" text,
	"decided_on" date,
	"decided_at" timestamp with time zone,
	"decided_by_person_id" uuid,
	"decided_by" uuid,
	"closed_at" timestamp with time zone,
	"visibility" "visibility" DEFAULT 'members' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "participations" ADD COLUMN "represents_small_producers" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "participations" ADD COLUMN "holds_sector_responsibility" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "assessment_answers" ADD CONSTRAINT "assessment_answers_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_answers" ADD CONSTRAINT "assessment_answers_question_id_assessment_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."assessment_questions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_meetings" ADD CONSTRAINT "assessment_meetings_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_meetings" ADD CONSTRAINT "assessment_meetings_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_mesa_id_mesas_id_fk" FOREIGN KEY ("mesa_id") REFERENCES "public"."mesas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_events" ADD CONSTRAINT "escalation_events_escalation_id_escalations_id_fk" FOREIGN KEY ("escalation_id") REFERENCES "public"."escalations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_events" ADD CONSTRAINT "escalation_events_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_events" ADD CONSTRAINT "escalation_events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_mesa_id_mesas_id_fk" FOREIGN KEY ("mesa_id") REFERENCES "public"."mesas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_escalated_by_users_id_fk" FOREIGN KEY ("escalated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_decided_by_person_id_people_id_fk" FOREIGN KEY ("decided_by_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_questions_key" ON "assessment_questions" USING btree ("key");--> statement-breakpoint
CREATE INDEX "assessments_mesa_idx" ON "assessments" USING btree ("mesa_id","assessed_on");--> statement-breakpoint
CREATE INDEX "escalation_events_escalation_idx" ON "escalation_events" USING btree ("escalation_id","created_at");--> statement-breakpoint
CREATE INDEX "escalations_status_idx" ON "escalations" USING btree ("status","escalated_at");--> statement-breakpoint
CREATE INDEX "escalations_mesa_idx" ON "escalations" USING btree ("mesa_id","status");--> statement-breakpoint
CREATE INDEX "escalations_problem_idx" ON "escalations" USING btree ("problem_id");