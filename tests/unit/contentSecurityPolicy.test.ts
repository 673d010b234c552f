import { describe, expect, it } from 'vitest';
import { parsePolicy, serializePolicy } from '../../src/build/contentSecurityPolicy';

describe('parsePolicy, as the CSP specification reads a policy', () => {
  it('lower-cases directive names and keeps the first of a repeated directive, as browsers do', () => {
    const policy = parsePolicy("Script-Src 'self'; script-src 'unsafe-inline'; IMG-SRC data:");
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(['data:']);
  });

  it('splits sources on any ASCII whitespace and skips empty directives', () => {
    const policy = parsePolicy("default-src\t'self';;\n style-src 'self'  'sha256-abc=' ;");
    expect([...policy]).toEqual([
      ['default-src', ["'self'"]],
      ['style-src', ["'self'", "'sha256-abc='"]],
    ]);
  });

  it('writes a policy back that reads the same', () => {
    const text = "default-src 'self'; img-src 'self' data:; object-src 'none'";
    expect(serializePolicy(parsePolicy(text))).toBe(text);
  });
});
