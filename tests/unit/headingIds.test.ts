import { describe, expect, test } from 'vitest';
import { safeHeadingIds } from '../../src/content/entryHtml';

describe('safeHeadingIds', () => {
  test('prefixes an id that starts with a digit, and the links to it', () => {
    const html = '<h2 id="2019年满意度指数">2019年满意度指数</h2><a href="#2019年满意度指数">x</a>';
    expect(safeHeadingIds(html)).toBe(
      '<h2 id="section-2019年满意度指数">2019年满意度指数</h2><a href="#section-2019年满意度指数">x</a>',
    );
  });

  test('leaves ids that start with a letter in any script alone', () => {
    const html = '<h2 id="đăng-ký">Đăng ký</h2><h3 id="거주증">거주증</h3><a href="#đăng-ký">x</a>';
    expect(safeHeadingIds(html)).toBe(html);
  });

  test('leaves links to other anchors alone', () => {
    const html = '<h2 id="2-steps">2 steps</h2><a href="#other">x</a>';
    expect(safeHeadingIds(html)).toBe('<h2 id="section-2-steps">2 steps</h2><a href="#other">x</a>');
  });
});

describe('safeHeadingIds with malformed links', () => {
  test('a link to a malformed percent-encoded anchor is left as it is, not a crash', () => {
    const html = '<h2 id="1-buoc">1 bước</h2><a href="#%E0%A4%A">x</a>';
    expect(safeHeadingIds(html)).toBe('<h2 id="section-1-buoc">1 bước</h2><a href="#%E0%A4%A">x</a>');
  });
});
