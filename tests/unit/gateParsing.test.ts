import { describe, expect, it } from 'vitest';
import { pageElements } from '../../src/build/htmlDocument';
import { pageCspProblems } from '../gates/lib/csp';

/**
 * The gates read built pages with an HTML parser: what a browser would run is
 * found however it is written, and what a browser would not run (a tag in a
 * comment, in an attribute's value) is not counted.
 */
const policy = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'">`;
const page = (body: string, head = '') => `<!doctype html><html lang="en"><head>${policy}${head}<title>t</title></head><body>${body}</body></html>`;

describe('the CSP gate', () => {
  it('passes a page with the policy first and nothing inline', () => {
    expect(pageCspProblems(page('<p>Hello</p><script type="module" src="/a.js"></script>'))).toEqual([]);
  });

  it('finds event handlers however they are quoted or cased', () => {
    expect(pageCspProblems(page('<img src=x ONERROR=alert(1)>'))).toContain('inline event handler onerror attribute on <img>');
    expect(pageCspProblems(page('<svg><a/onclick="x()"></a></svg>'))).toContain('inline event handler onclick attribute on <a>');
  });

  it('finds javascript: addresses behind spaces, entities and upper case', () => {
    expect(pageCspProblems(page('<a href=" &#x20;JaVaScRiPt:alert(1)">x</a>'))).toContain('javascript: URL in href of <a>');
    expect(pageCspProblems(page('<form><button formaction="javascript:x()">x</button></form>'))).toContain('javascript: URL in formaction of <button>');
  });

  it('does not count a tag written in a comment or inside an attribute', () => {
    expect(pageCspProblems(page('<!-- <script>alert(1)</script> --><p title="<img onerror=x>">x</p>'))).toEqual([]);
  });

  it('finds an inline script without a hash, and one placed before the policy', () => {
    const inline = pageCspProblems(page('<script>alert(1)</script>'));
    expect(inline.some((p) => p.startsWith('inline script not allowed by the policy'))).toBe(true);
    const before = `<!doctype html><html><head><script src="/a.js"></script>${policy}<title>t</title></head><body></body></html>`;
    expect(pageCspProblems(before)).toContain('a script comes before the Content-Security-Policy');
  });

  it('reports a page without a policy', () => {
    expect(pageCspProblems('<!doctype html><html><head><title>t</title></head><body></body></html>')).toEqual(['no Content-Security-Policy']);
  });
});

describe('pageElements', () => {
  it('gives decoded attributes, the script text and whether an element is in <head>', () => {
    const elements = pageElements(page('<script type="application/ld+json">{"a":"&amp;"}</script>', '<link rel="stylesheet" href="/a.css?x=1&amp;y=2">'));
    const link = elements.find((e) => e.tagName === 'link')!;
    expect(link.attributes.get('href')).toBe('/a.css?x=1&y=2');
    expect(link.inHead).toBe(true);
    const script = elements.find((e) => e.tagName === 'script')!;
    expect(script.text).toBe('{"a":"&amp;"}');
    expect(script.inHead).toBe(false);
  });
});
