CREATE TABLE "wheel_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"respondent_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wheel_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"dimension" text NOT NULL,
	"position" integer NOT NULL,
	"text_es" text NOT NULL,
	"text_en" text NOT NULL,
	"retired_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wheel_respondents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"respondent_group" text NOT NULL,
	"answered" boolean DEFAULT false NOT NULL,
	"mailed" boolean DEFAULT false NOT NULL,
	"reminded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wheel_round_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"question_id" uuid,
	"key" text NOT NULL,
	"dimension" text NOT NULL,
	"position" integer NOT NULL,
	"text_es" text NOT NULL,
	"text_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wheel_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mesa_id" uuid NOT NULL,
	"opened_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"closed_at" timestamp with time zone,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"min_answers" integer NOT NULL,
	"not_applicable" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"opened_by" uuid,
	"closed_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wheel_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_question_id" uuid NOT NULL,
	"respondent_group" text NOT NULL,
	"score" smallint NOT NULL,
	CONSTRAINT "wheel_scores_score_range" CHECK ("wheel_scores"."score" between 0 and 5),
	CONSTRAINT "wheel_scores_group" CHECK ("wheel_scores"."respondent_group" in ('public', 'private', 'team'))
);
--> statement-breakpoint
ALTER TABLE "wheel_links" ADD CONSTRAINT "wheel_links_respondent_id_wheel_respondents_id_fk" FOREIGN KEY ("respondent_id") REFERENCES "public"."wheel_respondents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wheel_respondents" ADD CONSTRAINT "wheel_respondents_round_id_wheel_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."wheel_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wheel_respondents" ADD CONSTRAINT "wheel_respondents_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wheel_round_questions" ADD CONSTRAINT "wheel_round_questions_round_id_wheel_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."wheel_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wheel_round_questions" ADD CONSTRAINT "wheel_round_questions_question_id_wheel_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."wheel_questions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wheel_rounds" ADD CONSTRAINT "wheel_rounds_mesa_id_mesas_id_fk" FOREIGN KEY ("mesa_id") REFERENCES "public"."mesas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wheel_rounds" ADD CONSTRAINT "wheel_rounds_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wheel_rounds" ADD CONSTRAINT "wheel_rounds_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wheel_scores" ADD CONSTRAINT "wheel_scores_round_question_id_wheel_round_questions_id_fk" FOREIGN KEY ("round_question_id") REFERENCES "public"."wheel_round_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "wheel_links_token_key" ON "wheel_links" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "wheel_links_respondent_idx" ON "wheel_links" USING btree ("respondent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "wheel_questions_key" ON "wheel_questions" USING btree ("key");--> statement-breakpoint
CREATE UNIQUE INDEX "wheel_respondents_round_person_key" ON "wheel_respondents" USING btree ("round_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "wheel_round_questions_key" ON "wheel_round_questions" USING btree ("round_id","key");--> statement-breakpoint
CREATE INDEX "wheel_rounds_mesa_idx" ON "wheel_rounds" USING btree ("mesa_id","opened_on");--> statement-breakpoint
CREATE INDEX "wheel_scores_question_idx" ON "wheel_scores" USING btree ("round_question_id");--> statement-breakpoint
-- The default questions of the PPD Evaluation Wheel: two or three statements per dimension, each scored
-- by the participants from 1 (not at all) to 5 (fully), 0 meaning "don't know". Admins may edit them.
INSERT INTO "wheel_questions" ("key", "dimension", "position", "text_es", "text_en") VALUES
  ('mandate.clear_mandate', 'mandate', 1, 'La Mesa tiene un mandato claro, conocido por sus participantes, que dice para qué existe y qué puede decidir.', 'The Mesa has a clear mandate, known to its participants, that says what it is for and what it may decide.'),
  ('mandate.government_alignment', 'mandate', 2, 'El trabajo de la Mesa está alineado con las prioridades del gobierno y con las instituciones a cargo del sector o factor.', 'The Mesa''s work is aligned with the government''s priorities and with the institutions in charge of the sector or factor.'),
  ('mandate.host_backing', 'mandate', 3, 'La institución que convoca la Mesa la respalda con autoridad, personal y tiempo.', 'The institution that convenes the Mesa backs it with authority, staff and time.'),
  ('structure.right_people', 'structure', 4, 'En la Mesa se sientan los actores públicos y privados adecuados, con un nivel que les permite comprometer a sus organizaciones.', 'The right public and private actors sit at the Mesa, at a level that can commit their organizations.'),
  ('structure.regular_attendance', 'structure', 5, 'Los participantes asisten con regularidad: las mismas organizaciones están presentes sesión tras sesión.', 'Participants attend regularly: the same organizations are present session after session.'),
  ('structure.voice', 'structure', 6, 'Todo participante, incluidas las empresas más pequeñas y las regiones, puede plantear problemas y ser escuchado.', 'Every participant, smaller firms and regions included, can raise problems and be heard.'),
  ('champions.high_level_support', 'champions', 7, 'Un impulsor de alto nivel en el gobierno (ministro o equivalente) respalda la Mesa y destraba lo que ella no puede.', 'A high-level champion in government (a minister or equivalent) backs the Mesa and unblocks what it cannot.'),
  ('champions.private_leaders', 'champions', 8, 'Líderes del sector privado impulsan la Mesa y suman a sus pares.', 'Private-sector leaders champion the Mesa and bring their peers along.'),
  ('champions.escalations_answered', 'champions', 9, 'Los problemas escalados al nivel político reciben una decisión oportuna.', 'Problems escalated to the high-level body get a timely decision.'),
  ('facilitation.neutral_broker', 'facilitation', 10, 'El equipo dedicado actúa como intermediario neutral y honesto entre los participantes públicos y privados.', 'The dedicated team acts as a neutral, honest broker between public and private participants.'),
  ('facilitation.well_run_sessions', 'facilitation', 11, 'Las sesiones están bien preparadas y moderadas: la agenda llega con anticipación, se respeta el tiempo y se comparten las actas.', 'Sessions are well prepared and moderated: the agenda comes ahead, time is kept and the minutes are shared.'),
  ('facilitation.follow_up', 'facilitation', 12, 'Los compromisos se siguen entre sesiones hasta que se cumplen.', 'Commitments are followed up between sessions until they are done.'),
  ('outputs.problems_solved', 'outputs', 13, 'La Mesa resuelve problemas concretos que importan para la operación diaria del sector.', 'The Mesa solves concrete problems that matter to the sector''s day-to-day operations.'),
  ('outputs.reforms_enacted', 'outputs', 14, 'Las soluciones acordadas se convierten en normas, procedimientos o inversiones aprobadas en un plazo razonable.', 'Agreed solutions become enacted norms, procedures or investments within a reasonable time.'),
  ('outreach.public_informed', 'outreach', 15, 'El sector y el público saben qué hace la Mesa y qué ha logrado.', 'The sector and the public know what the Mesa does and what it has achieved.'),
  ('outreach.report_back', 'outreach', 16, 'Los representantes informan a las organizaciones y empresas por las que hablan.', 'Representatives report back to the organizations and firms they speak for.'),
  ('monitoring.progress_tracked', 'monitoring', 17, 'El avance de los problemas y compromisos se registra y es visible para los participantes.', 'Progress on problems and commitments is recorded and visible to participants.'),
  ('monitoring.field_check', 'monitoring', 18, 'La Mesa verifica si las soluciones aprobadas funcionan en el terreno y actúa cuando no es así.', 'The Mesa checks whether enacted fixes work on the ground, and acts when they do not.'),
  ('monitoring.results_measured', 'monitoring', 19, 'La Mesa mide resultados para el sector (plazos, costos, inversión) antes y después de sus soluciones.', 'The Mesa measures results for the sector (times, costs, investment) before and after its fixes.'),
  ('subnational.regions_involved', 'subnational', 20, 'Los gobiernos regionales y locales involucrados en los problemas del sector participan en la Mesa.', 'The regional and local governments involved in the sector''s problems take part in the Mesa.'),
  ('subnational.applied_in_regions', 'subnational', 21, 'Las soluciones acordadas a nivel nacional se aplican en las regiones donde opera el sector.', 'Fixes agreed nationally are applied in the regions where the sector operates.'),
  ('sector.focus_bottlenecks', 'sector', 22, 'La Mesa se concentra en los cuellos de botella que más limitan la productividad del sector.', 'The Mesa focuses on the bottlenecks that most limit the sector''s productivity.'),
  ('sector.knowledge', 'sector', 23, 'Los participantes públicos han llegado a entender el negocio del sector y sus problemas.', 'Public participants have come to understand the sector''s business and its problems.'),
  ('investment.climate_improved', 'investment', 24, 'El trabajo de la Mesa ha hecho más fácil o más barato invertir en el sector.', 'The Mesa''s work has made it easier or cheaper to invest in the sector.'),
  ('investment.investors_heard', 'investment', 25, 'Las preocupaciones de los inversionistas, también de los nuevos y extranjeros, llegan a la Mesa y se atienden.', 'Investors'' concerns, new and foreign investors'' included, reach the Mesa and are acted on.'),
  ('crisis.quick_response', 'crisis', 26, 'Cuando una crisis golpea al sector (un desastre, un choque de mercado, una regulación repentina), la Mesa se reúne pronto y coordina la respuesta.', 'When a crisis hits the sector (a disaster, a market shock, a sudden regulation), the Mesa meets quickly and coordinates the response.'),
  ('crisis.trusted_channel', 'crisis', 27, 'La Mesa es un canal de confianza entre el gobierno y las empresas en momentos difíciles.', 'The Mesa is a trusted channel between government and firms in difficult times.'),
  ('partners.coordinated', 'partners', 28, 'Los socios para el desarrollo que trabajan en el sector (donantes, bancos multilaterales, agencias de cooperación) coordinan su apoyo con la Mesa.', 'The development partners working in the sector (donors, multilateral banks, cooperation agencies) coordinate their support with the Mesa.'),
  ('partners.useful_support', 'partners', 29, 'El apoyo técnico o financiero de esos socios ayuda a resolver problemas de la Matriz.', 'Those partners'' technical or financial support helps solve problems of the Matrix.');
