import { describe, expect, it } from 'vitest';
import { acceptsGzip, MatrixCache, withPermissions } from '../../src/server/matrix-cache';

describe('MatrixCache', () => {
  it('loads once for callers that miss together, and again for a new revision', async () => {
    const cache = new MatrixCache(1024 * 1024);
    let loads = 0;
    const load = async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 10));
      return `{"n":${loads}}`;
    };
    const key = MatrixCache.key('m1', ['public', 'members']);
    const together = await Promise.all(Array.from({ length: 16 }, () => cache.getOrLoad(key, '7.1', load)));
    expect(loads).toBe(1);
    expect(new Set(together)).toEqual(new Set(['{"n":1}']));
    expect(await cache.getOrLoad(key, '7.1', load)).toBe('{"n":1}');
    expect(loads).toBe(1);
    expect(await cache.getOrLoad(key, '8.1', load)).toBe('{"n":2}');
    expect(cache.get(key, '7.1')).toBeUndefined();
  });

  it('keeps audiences apart and forgets a failed load', async () => {
    const cache = new MatrixCache(1024 * 1024);
    const members = MatrixCache.key('m1', ['public', 'members']);
    const everyone = MatrixCache.key('m1', ['public']);
    await cache.getOrLoad(members, '1.0', async () => '{"who":"members"}');
    expect(await cache.getOrLoad(everyone, '1.0', async () => '{"who":"public"}')).toBe('{"who":"public"}');
    await expect(
      cache.getOrLoad(MatrixCache.key('m2', []), '1.0', async () => Promise.reject(new Error('db down'))),
    ).rejects.toThrow('db down');
    expect(await cache.getOrLoad(MatrixCache.key('m2', []), '1.0', async () => '{"ok":true}')).toBe(
      '{"ok":true}',
    );
  });

  it('stays within its size and keeps nothing when turned off', async () => {
    const small = new MatrixCache(100);
    await small.getOrLoad('a', '1', async () => `{"x":"${'a'.repeat(30)}"}`);
    await small.getOrLoad('b', '1', async () => `{"x":"${'b'.repeat(30)}"}`);
    expect(small.get('a', '1')).toBeUndefined();
    expect(small.get('b', '1')).toBeDefined();
    const off = new MatrixCache(0);
    let loads = 0;
    await off.getOrLoad('a', '1', async () => `{"n":${++loads}}`);
    await off.getOrLoad('a', '1', async () => `{"n":${++loads}}`);
    expect(loads).toBe(2);
    expect(off.size).toBe(0);
  });

  it('puts the caller’s permissions in front of the cached body', () => {
    const body = withPermissions({ createProblem: true }, '{"problems":[]}');
    expect(JSON.parse(body)).toEqual({ can: { createProblem: true }, problems: [] });
  });
});

describe('acceptsGzip', () => {
  it('reads the Accept-Encoding header', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
