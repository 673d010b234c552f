import { splitVietnameseParts } from '../../content/vietnameseParts';
import type { Range } from '../../search/searchEngine';

/** A run of text to show: highlighted or not, and Vietnamese inside a translation or not. */
export interface Segment {
  text: string;
  mark: boolean;
  vietnamese: boolean;
}

/**
 * The marks in order, with marks that only spaces separate joined: the words
 * of a phrase ("Đăng ký tạm trú") read as one highlight, not four.
 */
function joinAdjacent(text: string, marks: readonly Range[]): Range[] {
  const joined: [number, number][] = [];
  for (const [start, end] of [...marks].sort((a, b) => a[0] - b[0])) {
    const last = joined.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else if (last && /^[^\S\n]+$/.test(text.slice(last[1], start))) last[1] = end;
    else joined.push([start, end]);
  }
  return joined;
}

/**
 * Cuts a text at its match ranges and at its bracketed Vietnamese words, so
 * each run can be rendered as a text node, a <mark>, and/or a lang="vi" span.
 * Plain text only: nothing here is ever parsed as HTML.
 */
export function highlightSegments(text: string, matches: readonly Range[], markVietnamese: boolean): Segment[] {
  const marks = joinAdjacent(text, matches);
  const cuts = new Set<number>([0, text.length]);
  for (const [start, end] of marks) {
    cuts.add(Math.max(0, Math.min(text.length, start)));
    cuts.add(Math.max(0, Math.min(text.length, end)));
  }
  const vietnameseRanges: [number, number][] = [];
  if (markVietnamese) {
    let at = 0;
    for (const part of splitVietnameseParts(text)) {
      if (part.isVietnamese) vietnameseRanges.push([at, at + part.text.length]);
      at += part.text.length;
    }
    for (const [start, end] of vietnameseRanges) cuts.add(start).add(end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const mark = marks.some(([s, e]) => s <= start && end <= e);
    const vietnamese = vietnameseRanges.some(([s, e]) => s <= start && end <= e);
    const last = segments.at(-1);
    if (last && last.mark === mark && last.vietnamese === vietnamese) last.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), mark, vietnamese });
  }
  return segments;
}
