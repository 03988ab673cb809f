import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiGet, expectAccessible, forestalId, type Harness, newPage, signIn, startHarness } from './support';

/** The publication switch in the Mesa form: the team withdraws its Mesa from the portal and publishes it again. */

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 240_000);
afterAll(async () => h?.close());

describe('the publication switch', () => {
  it('lets the team take the Mesa off the portal and put it back, with help on what is shown', async () => {
    const page = await newPage(h);
    await signIn(page, 'team@demo.mesas.local');
    const id = await forestalId(page);
    await page.goto(`/mesas/${id}`);
    const edit = async () => {
      await page.getByRole('button', { name: 'Editar datos' }).click();
      return page.getByRole('dialog');
    };

    let dialog = await edit();
    const toggle = dialog.getByRole('switch', { name: 'Publicada en el portal público' });
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await expect.poll(() => dialog.getByText(/solo sus registros de visibilidad pública/).count()).toBe(1);
    await expectAccessible(page, 'the Mesa form with the publication switch');
    await toggle.click();
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect((await apiGet<{ published: boolean }>(page, `/api/mesas/${id}`)).published).toBe(false);
    expect((await page.request.get('/api/public/mesas/forestal')).status()).toBe(404);

    dialog = await edit();
    await dialog.getByRole('switch', { name: 'Publicada en el portal público' }).click();
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect((await apiGet<{ published: boolean }>(page, `/api/mesas/${id}`)).published).toBe(true);
    expect((await page.request.get('/api/public/mesas/forestal')).status()).toBe(200);
  });
});
