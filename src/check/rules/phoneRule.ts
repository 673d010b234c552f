import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { type ContentTree, factEntries } from '../../model/contentTree';
import { markdownFacts } from '../../model/markdownTree';
import type { Problem } from '../../model/problem';

/**
 * Phone numbers must be real numbers (checked with libphonenumber-js's full
 * metadata) written in international form, so they can be dialled from
 * abroad and by a tap on a phone. The exception is a Vietnamese toll-free
 * line (1800 …): it answers only calls from Vietnamese phones, so it is
 * written as dialled in Vietnam ("1800 1096", tel:18001096), never "+84 1800 …".
 */

/** What is wrong with a phone number, or undefined when it is fine. */
export function phoneProblem(value: string): { en: string; vi: string; suggestion?: string } | undefined {
  if (!value.trim().startsWith('+')) {
    const national = parsePhoneNumberFromString(value, 'VN');
    if (national?.isValid() && national.getType() === 'TOLL_FREE') return undefined;
    return {
      en: `"${value}" is not in international form`,
      vi: `"${value}" không viết theo dạng quốc tế`,
      ...(national?.isValid() ? { suggestion: national.formatInternational() } : {}),
    };
  }
  const phone = parsePhoneNumberFromString(value);
  if (!phone?.isValid()) return { en: `"${value}" is not a valid phone number`, vi: `"${value}" không phải số điện thoại hợp lệ` };
  if (phone.country === 'VN' && phone.getType() === 'TOLL_FREE') {
    return {
      en: `"${value}" is a Vietnamese toll-free line, which cannot be called from abroad`,
      vi: `"${value}" là số miễn phí trong nước, không gọi được từ nước ngoài`,
      suggestion: phone.formatNational(),
    };
  }
  return undefined;
}

function expectedText(suggestion: string | undefined) {
  if (suggestion?.startsWith('1800')) {
    return {
      en: `a toll-free line written as dialled in Vietnam, "${suggestion}"`,
      vi: `số miễn phí viết như khi gọi trong nước, "${suggestion}"`,
    };
  }
  const example = suggestion ?? '+84 258 3822 222';
  return {
    en: `a number in international form starting with + and the country code, for example "${example}"`,
    vi: `số điện thoại dạng quốc tế, bắt đầu bằng + và mã quốc gia, ví dụ "${example}"`,
  };
}

export function phoneRule(tree: ContentTree): Problem[] {
  const problems: Problem[] = [];
  for (const [id, fact] of factEntries(tree)) {
    if (fact['kind'] !== 'phone' || typeof fact['value'] !== 'string' || !tree.facts) continue;
    const problem = phoneProblem(fact['value']);
    if (!problem) continue;
    const expected = expectedText(problem.suggestion);
    problems.push({
      severity: 'error',
      file: tree.facts.file,
      line: tree.facts.lineOf([id, 'value']),
      field: `${id}.value`,
      en: { wrong: problem.en, expected: expected.en },
      vi: { wrong: problem.vi, expected: expected.vi },
    });
  }
  for (const entry of tree.entries) {
    for (const link of markdownFacts(entry).links) {
      if (!link.text.startsWith('tel:')) continue;
      const problem = phoneProblem(decodeURIComponent(link.text.slice(4)));
      if (!problem) continue;
      const expected = expectedText(problem.suggestion);
      problems.push({
        severity: 'error',
        file: entry.file,
        line: link.line,
        field: 'text',
        en: { wrong: problem.en, expected: `${expected.en}; better: add the line to facts.yaml and write {{its-id}}` },
        vi: { wrong: problem.vi, expected: `${expected.vi}; tốt hơn: thêm số vào facts.yaml và viết {{mã-số}}` },
      });
    }
  }
  return problems;
}
