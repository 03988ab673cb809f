DROP INDEX "problems_search_es_idx";--> statement-breakpoint
DROP INDEX "problems_search_en_idx";--> statement-breakpoint
ALTER TABLE "problems" ADD COLUMN "search_es" "tsvector" GENERATED ALWAYS AS (to_tsvector('spanish'::regconfig, search_document)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "problems" ADD COLUMN "search_en" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, search_document)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "problems" ADD COLUMN "dismissed_flags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "solutions" ADD COLUMN "dismissed_flags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "problems_search_es_idx" ON "problems" USING gin ("search_es");--> statement-breakpoint
CREATE INDEX "problems_search_en_idx" ON "problems" USING gin ("search_en");