import { demoTemplate, shareTemplates } from './templates';

/**
 * Global setup of the tier that copies the demo template (api, and its mocked twin): the migrated, demo-seeded
 * database every test file starts from (PGlite: a dump of its data directory; PostgreSQL: a template
 * database), made once per run after the empty one (empty-setup.ts). The template holds the paper's
 * history alone: tests count on its fixed dates; test/api/demo-present.test.ts loads the demo's present
 * (recent sessions around the day it is loaded) on a database of its own.
 */
export default function setup() {
  return shareTemplates(demoTemplate);
}
