import { describe, expect, test } from 'vitest';
import { localiseInternalLinks } from '../../src/content/entryHtml';

const known = new Set(['hotlines', 'handbook/work-permit', 'index']);

describe('links on a page that falls back to Vietnamese', () => {
  test('lead to the same page in the reader\'s language', () => {
    expect(localiseInternalLinks('<p><a href="/hotlines/">x</a> <a href="/handbook/work-permit/#fee">y</a></p>', 'ru', known)).toBe(
      '<p><a href="/ru/hotlines/">x</a> <a href="/ru/handbook/work-permit/#fee">y</a></p>',
    );
    expect(localiseInternalLinks('<a class="a" href="/">home</a>', 'zh', known)).toBe('<a class="a" href="/zh/">home</a>');
  });

  test('leave other addresses alone', () => {
    const html =
      '<a href="/en/hotlines/">en</a><a href="https://dichvucong.gov.vn/">out</a><a href="/feeds/vi.xml">feed</a><a href="/unknown/">?</a><a href="#top">top</a>';
    expect(localiseInternalLinks(html, 'ko', known)).toBe(html);
  });

  test('change nothing on Vietnamese pages', () => {
    expect(localiseInternalLinks('<a href="/hotlines/">x</a>', 'vi', known)).toBe('<a href="/hotlines/">x</a>');
  });
});
