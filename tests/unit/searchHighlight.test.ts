import { describe, expect, test } from 'vitest';
import { highlightSegments } from '../../src/components/search/highlightSegments';
import { normaliseVietnamese } from '../../src/search/normaliseVietnamese';
import { type SearchHit, createSearchEngine } from '../../src/search/searchEngine';
import type { SearchDocument } from '../../src/search/searchIndexFormat';

/**
 * Issue 20 item 6: "dang ky tam tru" highlighted "tru" inside "trước" and
 * "Tru" inside "Trung", and pages that only share "đăng ký" ranked above the
 * page with the whole phrase. Highlights are whole words, plus the typed
 * beginning of the last word where it starts a word and is not a word itself.
 */

function doc(u: string, t: string, d: string, extra: Partial<SearchDocument> = {}): SearchDocument {
  return { u, t, d, s: 'center', ...extra };
}

const engine = createSearchEngine({
  v: 1,
  locale: 'vi',
  docs: [
    // Shares only "đăng ký", in its title and keywords (strong fields), and mentions "trước", "Trung tâm".
    doc('/investment/', 'Đăng ký đầu tư', 'Đăng ký trước tại Trung tâm Phục vụ hành chính công; mạng nội bộ đang nâng cấp.', { k: ['đăng ký'] }),
    doc('/birth/', 'Đăng ký khai sinh', 'Đăng ký trong 60 ngày tại Trung tâm, dùng mẫu có sẵn.'),
    // The whole phrase, only in its summary (the weakest field).
    doc('/declaration/', 'Khai báo lưu trú', 'Người nước ngoài cần đăng ký tạm trú trước khi ở qua đêm.'),
    doc('/card/', 'Residence card application', 'Apply for a card at the Immigration Department.'),
    // "tạm trú" is common, "đăng ký" rarer: word by word, the page that shares only "đăng ký" would win.
    ...['Thẻ tạm trú', 'Gia hạn tạm trú', 'Tạm trú cho trẻ em', 'Hết hạn tạm trú', 'Tạm trú và thị thực'].map((t, i) =>
      doc(`/residence-${i}/`, t, `${t} cho người nước ngoài.`),
    ),
  ],
});

/** The highlighted text of a hit: title and snippet marks, as shown. */
function marked(hit: SearchHit): string[] {
  return [
    ...hit.titleMarks.map(([s, e]) => hit.doc.t.slice(s, e)),
    ...hit.snippet.marks.map(([s, e]) => hit.snippet.text.slice(s, e)),
  ];
}

/** Whether each mark is a whole word of the text it is in. */
function wholeWords(text: string, marks: readonly (readonly [number, number])[]): boolean {
  const letter = /[\p{L}\p{M}\p{N}]/u;
  return marks.every(([s, e]) => !letter.test(text[s - 1] ?? '') && !letter.test(text[e] ?? ''));
}

describe('highlights', () => {
  const hits = engine.search('dang ky tam tru');

  test('"dang ky tam tru" marks whole words only: never "tru" in "trước" or "Tru" in "Trung"', () => {
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(wholeWords(hit.doc.t, hit.titleMarks), hit.doc.u).toBe(true);
      expect(wholeWords(hit.snippet.text, hit.snippet.marks), hit.doc.u).toBe(true);
      for (const text of marked(hit)) expect(['dang', 'ky', 'tam', 'tru'], `${hit.doc.u}: ${text}`).toContain(normaliseVietnamese(text));
    }
  });

  test('a word the index has is not matched by its near words ("dang" is not "mạng" or "dùng")', () => {
    const investment = hits.find((h) => h.doc.u === '/investment/')!;
    expect(marked(investment)).not.toContain('mạng');
    expect(marked(engine.search('dang').find((h) => h.doc.u === '/birth/')!)).not.toContain('dùng');
  });

  test('the last word, still being typed, marks the beginning of words it starts — not inside a word', () => {
    const hit = engine.search('residence ca')[0]!;
    expect(hit.doc.u).toBe('/card/');
    expect(marked(hit)).toEqual(['Residence', 'ca', 'ca']);
    // "ca" inside "application" is not marked.
    expect(wholeWords(hit.doc.t, hit.titleMarks)).toBe(false);
    expect(hit.titleMarks.map(([s]) => hit.doc.t[s - 1] ?? ' ').every((c) => c === ' ')).toBe(true);
  });

  test('a last word that is a whole word itself is not a beginning: "tru" does not find "trước" or "Trung"', () => {
    const hits = engine.search('tru');
    expect(hits.map((h) => h.doc.u)).not.toContain('/investment/');
    for (const hit of hits) {
      expect(wholeWords(hit.doc.t, hit.titleMarks), hit.doc.u).toBe(true);
      expect(wholeWords(hit.snippet.text, hit.snippet.marks), hit.doc.u).toBe(true);
    }
  });

  test('earlier words are whole words: "ca residence" does not mark "card"', () => {
    const hit = engine.search('ca residence').find((h) => h.doc.u === '/card/');
    expect(hit && marked(hit)).toEqual(['Residence']);
  });

  test('a typo is marked as the whole word it stands for', () => {
    const hit = engine.search('residnce')[0]!;
    expect(marked(hit)).toEqual(['Residence']);
  });
});

describe('the whole phrase ranks first', () => {
  test('"dang ky tam tru": the page with the phrase before pages that only share "đăng ký"', () => {
    expect(engine.search('dang ky tam tru')[0]?.doc.u).toBe('/declaration/');
    expect(engine.search('đăng ký tạm trú')[0]?.doc.u).toBe('/declaration/');
  });

  test('while the last word is typed, the phrase so far counts', () => {
    expect(engine.search('dang ky tam t')[0]?.doc.u).toBe('/declaration/');
  });

  test('the phrase is found across fields in no order: words alone still find pages', () => {
    expect(engine.search('tam tru dang ky').map((h) => h.doc.u)).toContain('/declaration/');
  });
});

describe('highlightSegments', () => {
  test('the words of a phrase, separated only by spaces, are one mark', () => {
    const text = 'Cần đăng ký tạm trú trước';
    expect(highlightSegments(text, [[4, 8], [9, 11], [12, 15], [16, 19]], false)).toEqual([
      { text: 'Cần ', mark: false, vietnamese: false },
      { text: 'đăng ký tạm trú', mark: true, vietnamese: false },
      { text: ' trước', mark: false, vietnamese: false },
    ]);
  });

  test('marks separated by punctuation or a line break stay apart', () => {
    const segments = highlightSegments('tạm, trú\nthẻ', [[0, 3], [5, 8], [9, 12]], false);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['tạm', 'trú', 'thẻ']);
  });

  test('overlapping and unsorted marks make one run each', () => {
    expect(highlightSegments('abcdef', [[3, 5], [0, 2], [1, 3]], false).filter((s) => s.mark).map((s) => s.text)).toEqual(['abcde']);
  });

  test('engine marks for "dang ky tam tru" become whole-word runs of the displayed title', () => {
    const hit = createSearchEngine({ v: 1, locale: 'vi', docs: [doc('/x/', 'Đăng ký tạm trú trước khi đến Trung tâm', 'x')] }).search('dang ky tam tru')[0]!;
    const runs = highlightSegments(hit.doc.t, hit.titleMarks, false).filter((s) => s.mark).map((s) => s.text);
    expect(runs).toEqual(['Đăng ký tạm trú', 'tâm']);
  });
});
