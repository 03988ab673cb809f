ALTER TABLE "users" ALTER COLUMN "locale" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "locale" SET DATA TYPE text USING "locale"::text;--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "locale" SET DEFAULT 'es';--> statement-breakpoint
ALTER TABLE "mail_outbox" ALTER COLUMN "locale" SET DATA TYPE text USING "locale"::text;--> statement-breakpoint
ALTER TABLE "minutes_versions" ALTER COLUMN "locale" SET DATA TYPE text USING "locale"::text;--> statement-breakpoint
ALTER TABLE "mesas" ALTER COLUMN "locale" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "mesas" ALTER COLUMN "locale" SET DATA TYPE text USING "locale"::text;--> statement-breakpoint
ALTER TABLE "mesas" ALTER COLUMN "locale" SET DEFAULT 'es';--> statement-breakpoint
DROP TYPE "public"."locale";
