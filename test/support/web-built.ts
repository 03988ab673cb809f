import { buildWebIfNeeded } from '../../src/cli/build-web';

/**
 * Builds the web app once, before any browser test file starts: files run side by side, and two
 * builds writing dist/web at the same moment would spoil it.
 */
export default async function setup() {
  await buildWebIfNeeded();
}
