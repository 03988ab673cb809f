import { beforeAll } from 'vitest';
import { i18nReady } from '../../web/src/i18n';

/**
 * Unit files that import web modules start the web app's strings loading on first import: waiting for
 * them before the file's tests means no load is still running when the file ends (the unit tier shares
 * its modules between files).
 */
beforeAll(async () => {
  await i18nReady;
});
