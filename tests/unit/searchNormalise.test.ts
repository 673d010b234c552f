import { describe, expect, test } from 'vitest';
import { highlightSegments } from '../../src/components/search/highlightSegments';
import { buildSearchIndex, markdownHeadings, synonymAliases } from '../../src/search/buildSearchIndex';
import { foldCase, hasTones, normaliseVietnamese, toNfc } from '../../src/search/normaliseVietnamese';
import { createSearchEngine } from '../../src/search/searchEngine';
import type { SearchDocument } from '../../src/search/searchIndexFormat';

describe('normaliseVietnamese', () => {
  test('folds case, tones and đ', () => {
    expect(normaliseVietnamese('Đăng KÝ tạm trú')).toBe('dang ky tam tru');
    expect(normaliseVietnamese('GIẤY PHÉP LAO ĐỘNG')).toBe('giay phep lao dong');
  });

  test('NFC and NFD input fold to the same text', () => {
    const nfd = 'hộ chiếu'.normalize('NFD');
    expect(nfd).not.toBe('hộ chiếu');
    expect(normaliseVietnamese(nfd)).toBe(normaliseVietnamese('hộ chiếu'));
    expect(foldCase(nfd)).toBe('hộ chiếu');
  });

  test('keeps the length of the NFC text, so match positions are display positions', () => {
    for (const text of ['Thẻ tạm trú (TRC)', 'Đường dây nóng', '한국어 임시거주증', '暂住卡', 'İstanbul', 'Жалоба']) {
      expect(normaliseVietnamese(text)).toHaveLength(toNfc(text).length);
    }
  });

  test('leaves Hangul syllables whole', () => {
    expect(normaliseVietnamese('임시거주증')).toBe('임시거주증');
  });

  test('knows whether the reader typed tones', () => {
    expect(hasTones('đường')).toBe(true);
    expect(hasTones('duong')).toBe(false);
    expect(hasTones('TRC')).toBe(false);
  });
});

function doc(u: string, t: string, extra: Partial<SearchDocument> = {}): SearchDocument {
  return { u, t, d: `${t} — summary.`, s: 'center', ...extra };
}

describe('ranking', () => {
  const engine = createSearchEngine({
    v: 1,
    locale: 'vi',
    docs: [doc('/duong/', 'Dương lịch và âm lịch'), doc('/duong-day/', 'Đường dây nóng'), doc('/other/', 'Hộ chiếu')],
  });

  test('exact tones rank above tone-less matches', () => {
    expect(engine.search('đường')[0]?.doc.u).toBe('/duong-day/');
    expect(engine.search('dương')[0]?.doc.u).toBe('/duong/');
  });

  test('without tones, both are found', () => {
    expect(engine.search('duong').map((h) => h.doc.u).sort()).toEqual(['/duong-day/', '/duong/']);
  });

  test('highlights the matched words in the displayed text', () => {
    const hit = engine.search('ho chieu')[0]!;
    expect(hit.doc.u).toBe('/other/');
    expect(hit.titleMarks.map(([s, e]) => hit.doc.t.slice(s, e))).toEqual(['Hộ', 'chiếu']);
  });

  test('tolerates a typo', () => {
    expect(engine.search('ho chiue')[0]?.doc.u).toBe('/other/');
  });

  test('Chinese and Korean queries match inside longer words', () => {
    const cjk = createSearchEngine({
      v: 1,
      locale: 'zh',
      docs: [doc('/card/', '签发暂住卡', { k: ['임시거주증 발급'] }), doc('/visa/', '签证延期')],
    });
    expect(cjk.search('暂住').map((h) => h.doc.u)).toEqual(['/card/']);
    expect(cjk.search('거주증').map((h) => h.doc.u)).toEqual(['/card/']);
    expect(cjk.search('签证').map((h) => h.doc.u)).toEqual(['/visa/']);
  });
});

describe('building the index', () => {
  test('a synonym group adds its other terms to a page that uses one of them', () => {
    const groups = [{ terms: ['TRC', 'thẻ tạm trú', 'temporary residence card'] }, { terms: ['visa', 'thị thực'] }];
    expect(synonymAliases(['Cấp thẻ tạm trú cho người nước ngoài'], groups)).toEqual(['TRC', 'thẻ tạm trú', 'temporary residence card']);
    // Whole words only: "visas" is not "visa", "thẻ tạm trú" is not inside "thẻ tạm trúc".
    expect(synonymAliases(['visas', 'thẻ tạm trúc'], groups)).toEqual([]);
  });

  test('takes headings from Markdown without their markup', () => {
    expect(markdownHeadings('# Title\n\n## Nộp **hồ sơ** [online](/x/)\ntext\n### Lệ phí ##\n')).toEqual(['Nộp hồ sơ online', 'Lệ phí']);
  });

  test('fills fact names, keeps only what ranking needs, and omits an official name equal to the title', () => {
    const index = buildSearchIndex(
      'vi',
      [
        {
          url: '/handbook/x/',
          title: 'Gọi {{hotline.name}}',
          description: 'Mô tả  có   khoảng trắng.',
          section: 'working',
          officialName: 'gọi tổng đài',
          keywords: ['TRC'],
          body: '## Bước một\nText that is not indexed.',
        },
      ],
      [{ terms: ['TRC', 'thẻ tạm trú'] }],
      (id) => (id === 'hotline' ? 'tổng đài' : undefined),
    );
    expect(index.docs).toEqual([
      { u: '/handbook/x/', t: 'Gọi tổng đài', d: 'Mô tả có khoảng trắng.', s: 'working', h: ['Bước một'], k: ['TRC'], a: ['thẻ tạm trú'] },
    ]);
  });
});

describe('highlightSegments', () => {
  test('cuts text into plain and marked runs and marks bracketed Vietnamese', () => {
    const text = 'Temporary residence card (thẻ tạm trú)';
    expect(highlightSegments(text, [[26, 29]], true)).toEqual([
      { text: 'Temporary residence card (', mark: false, vietnamese: false },
      { text: 'thẻ', mark: true, vietnamese: true },
      { text: ' tạm trú', mark: false, vietnamese: true },
      { text: ')', mark: false, vietnamese: false },
    ]);
  });

  test('markup in text stays text', () => {
    const text = '<img src=x onerror=alert(1)>';
    expect(highlightSegments(text, [[1, 4]], false).map((s) => s.text).join('')).toBe(text);
  });
});
