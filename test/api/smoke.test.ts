import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/app';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('health', () => {
  it('answers liveness and readiness', async () => {
    expect((await t.anonymous.get('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await t.anonymous.get('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json().status).toBe('ready');
  });
});

describe('mesas', () => {
  it('lists the demo Mesas for the coordinator', async () => {
    const c = await t.as('coordinator');
    const res = await c.get('/api/mesas');
    expect(res.statusCode).toBe(200);
    expect(res.json().mesas.map((m: { slug: string }) => m.slug)).toContain('forestal');
  });
});
