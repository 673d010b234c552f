import { describe, expect, it } from 'vitest';
import { keepScriptHashes, narrowPagePolicy, scriptHashSource } from '../../src/build/pagePolicy';

const own = 'console.log(1)';
const other = 'console.log(2)';
const policy = `default-src 'self'; script-src 'self' ${scriptHashSource(own)} ${scriptHashSource(other)}; style-src 'self' 'sha256-abc='`;
const page = (head: string, body: string) => `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}">${head}</head><body>${body}</body></html>`;

describe('narrowPagePolicy', () => {
  it("keeps only the hashes of the page's own inline scripts, and every other source", () => {
    const result = narrowPagePolicy(page('<script type="module">console.log(1)</script>', '<script type="application/ld+json">{}</script>'));
    expect(result.dropped).toBe(1);
    expect(result.html).toContain(`script-src 'self' ${scriptHashSource(own)};`);
    expect(result.html).not.toContain(scriptHashSource(other));
    expect(result.html).toContain("style-src 'self' 'sha256-abc='");
    expect(result.html).toContain('<script type="module">console.log(1)</script>');
  });

  it('leaves a page that carries every hashed script as it is', () => {
    const html = page(`<script>${own}</script>`, `<script>${other}</script>`);
    expect(narrowPagePolicy(html)).toEqual({ html, dropped: 0 });
  });

  it('leaves a page without a policy as it is', () => {
    const html = '<!doctype html><html><head><title>t</title></head><body><script>x()</script></body></html>';
    expect(narrowPagePolicy(html)).toEqual({ html, dropped: 0 });
  });
});

describe('keepScriptHashes', () => {
  it('drops every hash when none is kept, but never self', () => {
    expect(keepScriptHashes(`script-src 'self' 'sha256-a=' 'sha384-b='`, new Set())).toBe("script-src 'self'");
  });
});
