import { describe, expect, test } from 'vitest';
import { UnknownFactError, displayUrl, renderFactTokens, telHref } from '../../src/content/facts';
import type { Fact } from '../../src/schemas/fact';

const reviewed = new Date('2026-11-25');
const sources = [{ title: 'Test source' }];
const facts = new Map<string, Fact>([
  ['portal', { kind: 'url', name: { vi: 'Cổng', en: 'Portal' }, value: 'https://example.gov.vn/', sources, reviewed }],
  ['line', { kind: 'phone', name: { vi: 'Tổng đài' }, value: '+84 1800 1096', sources, reviewed }],
  ['motto', { kind: 'text', name: { vi: 'Phương châm' }, value: { vi: 'Hài lòng <b>' }, sources, reviewed }],
]);

describe('renderFactTokens', () => {
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
    expect(renderFactTokens('{{motto}}', facts, 'vi', 'x.md')).toBe('Hài lòng &lt;b&gt;');
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
