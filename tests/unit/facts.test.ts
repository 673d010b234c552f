import { describe, expect, test } from 'vitest';
import { UnknownFactError, displayUrl, telHref } from '../../src/content/facts';
import { finishEntryHtml } from '../../src/content/entryHtml';
import type { Locale } from '../../src/i18n/locales';
import type { Fact } from '../../src/schemas/fact';

const reviewed = new Date('2026-11-25');
const sources = [{ title: 'Test source' }];
const facts = new Map<string, Fact>([
  ['portal', { kind: 'url', name: { vi: 'Cổng', en: 'Portal' }, value: 'https://example.gov.vn/', sources, reviewed }],
  ['line', { kind: 'phone', name: { vi: 'Tổng đài' }, value: '+84 1800 1096', sources, reviewed }],
  ['motto', { kind: 'text', name: { vi: 'Phương châm' }, value: { vi: 'Hài lòng <b>' }, sources, reviewed }],
]);

/** An entry's HTML with its facts filled in, for a reader of the entry's own language. */
const renderFactTokens = (html: string, factTable: typeof facts, locale: Locale, file: string) =>
  finishEntryHtml(html, { facts: factTable, contentLocale: locale, readerLocale: locale, pageSlugs: new Set(), file });

describe('fact tokens in rendered Markdown', () => {
  test('turns a web address into a link', () => {
    expect(renderFactTokens('<p>{{portal}}</p>', facts, 'en', 'x.md')).toBe(
      '<p><a href="https://example.gov.vn/">example.gov.vn</a></p>',
    );
  });

  test('turns a phone number into an international tel: link', () => {
    expect(renderFactTokens('{{line}}', facts, 'vi', 'x.md')).toContain('href="tel:+8418001096"');
  });

  test('writes the name in the reader language', () => {
    expect(renderFactTokens('{{portal.name}}', facts, 'en', 'x.md')).toBe('Portal');
  });

  test('marks a name shown in Vietnamese on an English page with lang="vi"', () => {
    expect(renderFactTokens('{{line.name}}', facts, 'en', 'x.md')).toBe('<span lang="vi">Tổng đài</span>');
  });

  test('escapes the text of a fact', () => {
    expect(renderFactTokens('{{motto}}', facts, 'vi', 'x.md')).toBe('Hài lòng &lt;b>');
  });

  test('a token as the whole target of a link becomes the fact\'s address', () => {
    expect(renderFactTokens('<p><a href="%7B%7Bportal%7D%7D">the portal</a> <a href="{{line}}">call</a></p>', facts, 'vi', 'x.md')).toBe(
      '<p><a href="https://example.gov.vn/">the portal</a> <a href="tel:+8418001096">call</a></p>',
    );
  });

  test('a token in a link title, an image description or code stops the build, naming the file', () => {
    expect(() => renderFactTokens('<a href="/" title="{{portal}}">x</a>', facts, 'vi', 'a.md')).toThrow(
      'a.md — {{portal}} — a fact cannot go in an attribute (title)',
    );
    expect(() => renderFactTokens('<img src="/a.png" alt="{{line}}">', facts, 'vi', 'a.md')).toThrow('a fact cannot go in an attribute (alt)');
    expect(() => renderFactTokens('<p><code>{{line}}</code></p>', facts, 'vi', 'a.md')).toThrow('a.md — {{line}} — a fact cannot go in code');
  });

  test('raw HTML, event handlers and javascript: addresses stop the build', () => {
    expect(() => renderFactTokens('<meta http-equiv="refresh" content="0;url=https://evil.example/">', facts, 'vi', 'a.md')).toThrow(
      'a.md — text — raw HTML <meta> is not allowed',
    );
    expect(() => renderFactTokens('<img src="x" onerror="alert(1)">', facts, 'vi', 'a.md')).toThrow('the attribute onError is not allowed');
    expect(() => renderFactTokens('<a href="javascript:alert(1)">x</a>', facts, 'vi', 'a.md')).toThrow('is not allowed');
  });

  test('names the file and the id when a fact is unknown', () => {
    expect(() => renderFactTokens('{{nope}}', facts, 'vi', 'content/pages/vi/a.md')).toThrow(UnknownFactError);
    expect(() => renderFactTokens('{{nope}}', facts, 'vi', 'content/pages/vi/a.md')).toThrow(
      'content/pages/vi/a.md — {{nope}} — unknown fact id',
    );
  });
});

describe('helpers', () => {
  test('telHref keeps only the plus and the digits', () => {
    expect(telHref('+84 258 3 822 222')).toBe('tel:+842583822222');
  });

  test('displayUrl drops the scheme and trailing slash', () => {
    expect(displayUrl('https://dichvucong.gov.vn/')).toBe('dichvucong.gov.vn');
  });
});
