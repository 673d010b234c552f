import type { ContentTree } from '../../model/contentTree';
import { fieldName, type Problem } from '../../model/problem';
import type { YamlDocument } from '../../model/yamlDocument';

/**
 * `reviewed` dates must be real calendar dates (2026-02-30 is not, though
 * YAML readers quietly turn it into 2 March) and not in the future. Content
 * not reviewed for twelve months is listed as a warning, so staff re-check it.
 */

/** Today in the province, as YYYY-MM-DD. */
export function todayInProvince(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whether YYYY-MM-DD names a day that exists. */
export function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function oneYearBefore(day: string): string {
  const [year, rest] = [Number(day.slice(0, 4)), day.slice(4)];
  return `${year - 1}${rest === '-02-29' ? '-02-28' : rest}`;
}

function checkDate(doc: YamlDocument, path: PropertyKey[], value: unknown, today: string, problems: Problem[]) {
  if (value === undefined) return;
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value ?? '').trim();
  const where = { file: doc.file, line: doc.lineOf(path), field: fieldName(path) };
  if (text === '') {
    // An empty `reviewed:` would otherwise be read as 1 January 1970.
    problems.push({
      severity: 'error',
      ...where,
      en: { wrong: 'empty', expected: `the day the content was checked against its sources, YYYY-MM-DD, for example ${today} (this field is required)` },
      vi: { wrong: 'còn trống', expected: `ngày đối chiếu nội dung với nguồn, dạng NĂM-THÁNG-NGÀY, ví dụ ${today} (trường bắt buộc)` },
    });
    return;
  }
  if (!isRealDate(text)) {
    problems.push({
      severity: 'error',
      ...where,
      en: { wrong: `"${text}" is not a real date`, expected: 'a date that exists, written YYYY-MM-DD, for example 2026-11-25' },
      vi: { wrong: `"${text}" không phải ngày có thật`, expected: 'ngày có thật, viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2026-11-25' },
    });
  } else if (text > today) {
    problems.push({
      severity: 'error',
      ...where,
      en: { wrong: `${text} is in the future`, expected: `the day the content was checked, ${today} or earlier` },
      vi: { wrong: `${text} là ngày trong tương lai`, expected: `ngày nội dung được kiểm tra, từ ${today} trở về trước` },
    });
  } else if (text < oneYearBefore(today)) {
    problems.push({
      severity: 'warning',
      ...where,
      en: { wrong: `not reviewed since ${text}, over 12 months ago`, expected: 'check the content against its sources again and set today\'s date' },
      vi: { wrong: `chưa được rà soát từ ${text}, đã quá 12 tháng`, expected: 'đối chiếu lại nội dung với nguồn và ghi ngày hôm nay' },
    });
  }
}

export function dateRule(tree: ContentTree, today: string = todayInProvince()): Problem[] {
  const problems: Problem[] = [];
  for (const entry of tree.entries) {
    const data = entry.fields?.data;
    if (!entry.fields || !data || typeof data !== 'object') continue;
    checkDate(entry.fields, ['reviewed'], (data as Record<string, unknown>)['reviewed'], today, problems);
  }
  for (const doc of tree.data.values()) {
    const data = doc.data;
    if (!data || typeof data !== 'object') continue;
    for (const [key, entry] of Object.entries(data)) {
      if (!entry || typeof entry !== 'object') continue;
      const fields = entry as Record<string, unknown>;
      const path = Array.isArray(data) ? [Number(key)] : [key];
      checkDate(doc, [...path, 'reviewed'], fields['reviewed'], today, problems);
      // Other dates (a holiday's days) may be in the future, but must exist.
      for (const field of ['date', 'until']) {
        const value = fields[field];
        if (typeof value === 'string' && !isRealDate(value.trim())) checkDate(doc, [...path, field], value, today, problems);
      }
    }
  }
  return problems;
}
