DROP INDEX "problems_search_es_idx";--> statement-breakpoint
DROP INDEX "problems_search_en_idx";--> statement-breakpoint
CREATE INDEX "problems_search_es_idx" ON "problems" USING gin ("search_es") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "problems_search_en_idx" ON "problems" USING gin ("search_en") WITH (fastupdate=false);