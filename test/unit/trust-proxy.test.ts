import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config';

describe('TRUST_PROXY', () => {
  it('trusts no proxy when unset', () => {
    expect(loadConfig({}).TRUST_PROXY).toEqual([]);
  });

  it('reads addresses, CIDR ranges and the named ranges, comma-separated', () => {
    expect(
      loadConfig({ TRUST_PROXY: '10.0.0.2, 192.168.0.0/16,::1, fd00::/8 ,loopback' }).TRUST_PROXY,
    ).toEqual(['10.0.0.2', '192.168.0.0/16', '::1', 'fd00::/8', 'loopback']);
  });

  it.each(['nginx', '10.0.0.0/33', '10.0.0.300', '10.0.0.0/8/8', '*', 'true'])(
    'refuses %s, naming the variable',
    (value) => {
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(ConfigError);
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY/);
    },
  );
});
