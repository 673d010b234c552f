import { describe, expect, test } from 'vitest';
import { safeHeadingIds } from '../../src/content/headingIds';

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
