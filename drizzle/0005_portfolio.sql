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
CREATE INDEX "escalations_problem_idx" ON "escalations" USING btree ("problem_id");--> statement-breakpoint
-- The default feasibility checklist: the initial questions of the paper's operational checklist (7.A),
-- with what step 4.5 b adds (fixable coordination failures rather than structural problems; preliminary
-- meetings with the most relevant stakeholders) and the dedicated team of 4.1 (appointed; neutral broker).
-- A `no` raises the question's red flag (a `partly` too when flag_on_partly). Admins may edit them.
INSERT INTO "assessment_questions" ("key", "area", "position", "text_es", "text_en", "red_flag", "flag_on_partly") VALUES
  ('convener.willing', 'convener', 1, '¿Hay un convocante en lo alto del gobierno dispuesto a impulsar una Mesa Ejecutiva?', 'Is there a convener high up in government willing to move forward with a Mesa Ejecutiva?', 'no_convener', false),
  ('convener.induces_cooperation', 'convener', 2, '¿El convocante es capaz de inducir la cooperación?', 'Is the convener capable of inducing cooperation?', 'weak_convener', false),
  ('convener.resolves_disputes', 'convener', 3, '¿El convocante es capaz de resolver disputas?', 'Is the convener capable of resolving disputes?', 'weak_convener', false),
  ('convener.enacts_regulation', 'convener', 4, '¿El convocante es capaz de emitir regulación?', 'Is the convener capable of enacting regulation?', 'weak_convener', false),
  ('convener.allocates_budget', 'convener', 5, '¿El convocante es capaz de asignar presupuesto?', 'Is the convener capable of allocating budget?', 'weak_convener', false),
  ('convener.access_to_authority', 'convener', 6, 'Alternativamente, ¿tiene el convocante un acceso muy sólido a alguien que pueda hacer todo lo anterior?', 'Alternatively, does the convener have very solid access to someone who can do all of the above?', NULL, false),
  ('public_sector.in_charge', 'public_sector', 7, '¿Hay una burocracia del sector público a cargo del sector o factor objeto de la Mesa?', 'Is there a public sector bureaucracy in charge of the sector/factor subject of the Mesa?', 'no_public_counterpart', false),
  ('public_sector.willing', 'public_sector', 8, '¿Está el sector público dispuesto a participar?', 'Is the public sector willing to participate?', 'public_sector_unwilling', false),
  ('public_sector.delivers', 'public_sector', 9, '¿Es capaz de cumplir (de entregar resultados)?', 'Are they capable of delivering?', 'public_sector_cannot_deliver', false),
  ('team.appointed', 'team', 10, '¿La entidad que coordina ha designado un equipo dedicado a llevar la Mesa día a día?', 'Has the coordinating entity appointed a dedicated team to run the Mesa day to day?', 'no_dedicated_team', false),
  ('team.neutral', 'team', 11, '¿El equipo dedicado carece de responsabilidad formal sobre el sector o factor, de modo que pueda actuar como intermediario neutral?', 'Is the dedicated team free of formal responsibility for the sector/factor, so that it can act as a neutral, honest broker?', 'team_not_neutral', false),
  ('team.public_management', 'team', 12, '¿Tiene el equipo conocimiento de la gestión del sector público?', 'Do they have knowledge of public sector management?', 'weak_team', false),
  ('team.negotiation', 'team', 13, '¿Tiene el equipo habilidades de negociación?', 'Do they have negotiating skills?', 'weak_team', false),
  ('team.delivers', 'team', 14, '¿Es el equipo capaz de cumplir (de resolver problemas)?', 'Are they capable of delivering (problem solving)?', 'weak_team', false),
  ('sector.well_defined', 'sector', 15, '¿Está el sector bien definido y es macroeconómicamente relevante?', 'Is the sector well defined and macro-economically relevant?', 'sector_not_defined', false),
  ('sector.tool_fits', 'sector', 16, '¿Es la Mesa Ejecutiva la herramienta idónea para identificar y remover las barreras que afectan la productividad del sector?', 'Is the Mesa Ejecutiva tool ideal to identify/remove barriers affecting productivity of the sector?', 'tool_not_suited', false),
  ('sector.coordination_failures', 'sector', 17, '¿Tiene el sector potencial de crecimiento limitado por fallas de coordinación que se pueden resolver, y no por problemas estructurales (por ejemplo, una ventaja comparativa basada en salarios bajos que ya no lo son)?', 'Does the sector have upside potential currently constrained by fixable coordination failures, rather than structural problems (e.g. a comparative advantage based on low wages that are no longer low)?', 'structural_problems', true),
  ('private_sector.self_organized', 'private_sector', 18, '¿Está el sector privado autoorganizado (coordinado internamente)?', 'Are they self-organized (internally coordinated)?', 'private_not_organized', false),
  ('private_sector.visible_leaders', 'private_sector', 19, '¿Hay líderes visibles del sector privado?', 'Are there visible private sector leaders?', 'no_private_leaders', false),
  ('private_sector.commit_time', 'private_sector', 20, '¿Están dispuestos a dedicar tiempo (significativo) a trabajar con la Mesa?', 'Are they willing to commit (significant) time to work with the Mesa?', 'private_no_time', false),
  ('private_sector.articulate_problems', 'private_sector', 21, '¿Son capaces de articular sus problemas?', 'Are they capable of articulating their problems?', 'private_cannot_articulate', false),
  ('private_sector.pragmatic', 'private_sector', 22, '¿Están abiertos a resolver problemas de forma pragmática?', 'Are they open to pragmatic problem solving?', 'private_not_pragmatic', false),
  ('private_sector.preliminary_meetings', 'private_sector', 23, '¿Se han tenido reuniones preliminares con los actores más relevantes antes de instalar la Mesa, de modo que las probabilidades de éxito sean relativamente altas?', 'Have there been preliminary meetings with the most relevant stakeholders before the Mesa is formally installed, so that chances of success are relatively high?', 'no_preliminary_meetings', false);
