import { emptyTemplate, shareTemplates } from './templates';

/**
 * Global setup of the tiers that start from an empty, migrated database (data, cli, faults): a dump of one,
 * made once per run (test/support/templates.ts). Copying it costs a second; `initdb` and the
 * migrations, six seconds of CPU each time.
 */
export default function setup() {
  return shareTemplates(emptyTemplate);
}
