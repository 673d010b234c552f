import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { metaPolicy, nginxCspInclude, policyHashes, siteHashes } from '../../scripts/nginx-csp.ts';

const a = "'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='";
const b = "'sha256-BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB='";
const c = "'sha256-CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC='";

function pageWith(policy: string): string {
  return `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}"></head></html>`;
}

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('the nginx CSP include', () => {
  it('reads the policy of a page, quotes decoded', () => {
    expect(metaPolicy(pageWith(`script-src &#39;self&#39; ${a}`))).toBe(`script-src 'self' ${a}`);
    expect(metaPolicy('<html><head></head></html>')).toBeUndefined();
  });

  it('collects every page\'s script and style hashes once, sorted', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'nginx-csp-'));
    mkdirSync(path.join(dir, 'en'));
    writeFileSync(path.join(dir, 'index.html'), pageWith(`default-src 'self'; script-src 'self' ${b} ${a}; style-src 'self' ${c}`));
    writeFileSync(path.join(dir, 'en', 'index.html'), pageWith(`default-src 'self'; script-src 'self' ${a}`));
    const hashes = siteHashes(dir);
    expect(hashes).toEqual({ 'script-src': [a, b], 'style-src': [c] });
    expect(nginxCspInclude(hashes)).toContain(`set $portal_csp_script_hashes "${a} ${b}";`);
    expect(nginxCspInclude(hashes)).toContain(`set $portal_csp_style_hashes "${c}";`);
  });

  it('refuses a page whose policy allows inline code without a hash, naming the page', () => {
    expect(() => policyHashes(`script-src 'self' 'unsafe-inline'`, 'en/index.html')).toThrow(
      /en\/index\.html: script-src allows 'unsafe-inline'/,
    );
  });

  it('refuses a page without a policy', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'nginx-csp-'));
    writeFileSync(path.join(dir, 'index.html'), '<html><head></head></html>');
    expect(() => siteHashes(dir!)).toThrow(/index\.html has no <meta http-equiv="content-security-policy">/);
  });
});
