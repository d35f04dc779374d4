import { describe, expect, it } from 'vitest';
import {
  appContentSecurityPolicy,
  DOCUMENT_CONTENT_SECURITY_POLICY,
} from '../../../electron/main/security/content-security-policy';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/u);
      return [name, sources];
    }),
  );
}

describe('application CSP', () => {
  const policy = directives(appContentSecurityPolicy('https://sync.example.kz'));

  it('starts from nothing and allows only the app itself', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('font-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy.get('media-src')).toEqual(["'self'", 'blob:']);
  });

  it('reaches the network only at the configured sync server', () => {
    const connect = policy.get('connect-src') ?? [];
    expect(connect).toContain('https://sync.example.kz');
    expect(connect.filter((source) => source !== "'self'")).toEqual(['https://sync.example.kz']);
  });

  it('allows no frames, plugins, base rewrites or form posts, and no unsafe sources', () => {
    expect(policy.get('frame-src')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect([...policy.values()].flat().filter((source) => source.startsWith("'unsafe"))).toEqual([]);
  });
});

describe('printed document CSP', () => {
  const policy = directives(DOCUMENT_CONTENT_SECURITY_POLICY);

  it('has no script source and loads nothing but inline data', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.has('script-src')).toBe(false);
    expect(policy.get('img-src')).toEqual(['data:']);
    expect(policy.get('font-src')).toEqual(['data:']);
    expect(policy.has('connect-src')).toBe(false);
  });
});
