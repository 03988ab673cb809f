CREATE TYPE "public"."feedback_verdict" AS ENUM('works', 'partly', 'not_applied');--> statement-breakpoint
CREATE TYPE "public"."indicator_direction" AS ENUM('lower_is_better', 'higher_is_better');--> statement-breakpoint
CREATE TYPE "public"."owner_type" AS ENUM('MP', 'YP');--> statement-breakpoint
CREATE TYPE "public"."problem_status" AS ENUM('identified', 'prioritized', 'in_progress', 'enacted', 'verified', 'parked', 'dropped');--> statement-breakpoint
CREATE TYPE "public"."solution_instrument" AS ENUM('law', 'regulation', 'procedure', 'infrastructure', 'entity', 'program', 'financing', 'other');--> statement-breakpoint
CREATE TABLE "barrier_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name_es" text NOT NULL,
	"name_en" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "field_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"problem_id" uuid NOT NULL,
	"person_id" uuid,
	"verdict" "feedback_verdict" NOT NULL,
	"text" text NOT NULL,
	"observed_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outcome_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"problem_id" uuid NOT NULL,
	"solution_id" uuid,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"direction" "indicator_direction" NOT NULL,
	"baseline_value" numeric,
	"baseline_on" date,
	"target_value" numeric,
	"current_value" numeric,
	"current_on" date,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "problem_entities" (
	"problem_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "problem_status_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"problem_id" uuid NOT NULL,
	"from_status" "problem_status",
	"to_status" "problem_status" NOT NULL,
	"reason" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "problems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mesa_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"category_id" uuid,
	"owner_type" "owner_type" DEFAULT 'MP' NOT NULL,
	"raised_by_person_id" uuid,
	"raised_by_organization_id" uuid,
	"impact" integer DEFAULT 3 NOT NULL,
	"ease" integer DEFAULT 3 NOT NULL,
	"in_focus" boolean DEFAULT false NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"visibility" "visibility" DEFAULT 'members' NOT NULL,
	"status" "problem_status" DEFAULT 'identified' NOT NULL,
	"status_reason" text,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"filter_flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"search_document" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "solution_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"solution_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"text" text NOT NULL,
	"reason" text,
	"revised_on" date,
	"revised_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "solutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"problem_id" uuid NOT NULL,
	"instrument" "solution_instrument" DEFAULT 'other' NOT NULL,
	"proposed_by_organization_id" uuid,
	"filter_flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mesas" ADD COLUMN "focus_limit" integer DEFAULT 4 NOT NULL;--> statement-breakpoint
ALTER TABLE "field_feedback" ADD CONSTRAINT "field_feedback_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_feedback" ADD CONSTRAINT "field_feedback_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_feedback" ADD CONSTRAINT "field_feedback_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_indicators" ADD CONSTRAINT "outcome_indicators_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_indicators" ADD CONSTRAINT "outcome_indicators_solution_id_solutions_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solutions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_entities" ADD CONSTRAINT "problem_entities_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_entities" ADD CONSTRAINT "problem_entities_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_status_events" ADD CONSTRAINT "problem_status_events_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_status_events" ADD CONSTRAINT "problem_status_events_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_mesa_id_mesas_id_fk" FOREIGN KEY ("mesa_id") REFERENCES "public"."mesas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_category_id_barrier_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."barrier_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_raised_by_person_id_people_id_fk" FOREIGN KEY ("raised_by_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_raised_by_organization_id_organizations_id_fk" FOREIGN KEY ("raised_by_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problems" ADD CONSTRAINT "problems_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_versions" ADD CONSTRAINT "solution_versions_solution_id_solutions_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_versions" ADD CONSTRAINT "solution_versions_revised_by_users_id_fk" FOREIGN KEY ("revised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solutions" ADD CONSTRAINT "solutions_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solutions" ADD CONSTRAINT "solutions_proposed_by_organization_id_organizations_id_fk" FOREIGN KEY ("proposed_by_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solutions" ADD CONSTRAINT "solutions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "barrier_categories_key_key" ON "barrier_categories" USING btree ("key");--> statement-breakpoint
CREATE INDEX "field_feedback_problem_idx" ON "field_feedback" USING btree ("problem_id","created_at");--> statement-breakpoint
CREATE INDEX "outcome_indicators_problem_idx" ON "outcome_indicators" USING btree ("problem_id");--> statement-breakpoint
CREATE UNIQUE INDEX "problem_entities_key" ON "problem_entities" USING btree ("problem_id","organization_id");--> statement-breakpoint
CREATE INDEX "problem_entities_org_idx" ON "problem_entities" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "problem_status_events_problem_idx" ON "problem_status_events" USING btree ("problem_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "problems_mesa_number_key" ON "problems" USING btree ("mesa_id","number");--> statement-breakpoint
CREATE INDEX "problems_mesa_idx" ON "problems" USING btree ("mesa_id","status");--> statement-breakpoint
CREATE INDEX "problems_search_es_idx" ON "problems" USING gin (to_tsvector('spanish', "search_document"));--> statement-breakpoint
CREATE INDEX "problems_search_en_idx" ON "problems" USING gin (to_tsvector('english', "search_document"));--> statement-breakpoint
CREATE UNIQUE INDEX "solution_versions_number_key" ON "solution_versions" USING btree ("solution_id","number");--> statement-breakpoint
CREATE INDEX "solutions_problem_idx" ON "solutions" USING btree ("problem_id");
--> statement-breakpoint
-- The default barrier categories of the method (product specification); admins may edit them.
INSERT INTO "barrier_categories" ("key", "name_es", "name_en", "position") VALUES
  ('red_tape', 'Trámites y procedimientos', 'Red tape and procedures', 1),
  ('unsuited_regulation', 'Regulación inadecuada para el sector', 'Regulation unsuited to the sector', 2),
  ('regulatory_gap', 'Vacío o resquicio regulatorio', 'Regulatory gap or loophole', 3),
  ('export_market_access', 'Acceso a mercados de exportación y requisitos técnicos', 'Export market access and technical requirements', 4),
  ('complementary_intervention', 'Intervención pública complementaria', 'Complementary public intervention', 5),
  ('public_entity', 'Entidad pública por crear o fortalecer', 'Public entity to create or strengthen', 6),
  ('infrastructure', 'Infraestructura pública', 'Public infrastructure', 7),
  ('innovation', 'Incentivos a la innovación', 'Innovation incentives', 8),
  ('skills', 'Capacitación y habilidades', 'Training and skills', 9),
  ('financing', 'Financiamiento', 'Financing', 10),
  ('land_property', 'Tierra y derechos de propiedad', 'Land and property rights', 11),
  ('implementation_gap', 'Brecha de implementación (norma no aplicada en campo)', 'Implementation gap (norm not applied on the ground)', 12),
  ('private_coordination', 'Coordinación entre privados', 'Private-private coordination', 13);
