import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { type ContentTree, factEntries } from '../../model/contentTree';
import { markdownFacts } from '../../model/markdownTree';
import type { Problem } from '../../model/problem';

/**
 * Phone numbers must be real numbers (checked with libphonenumber-js's full
 * metadata) written in international form, so they can be dialled from
 * abroad and by a tap on a phone.
 */

/** What is wrong with a phone number, or undefined when it is fine. */
export function phoneProblem(value: string): { en: string; vi: string; suggestion?: string } | undefined {
  if (!value.trim().startsWith('+')) {
    const national = parsePhoneNumberFromString(value, 'VN');
    return {
      en: `"${value}" is not in international form`,
      vi: `"${value}" không viết theo dạng quốc tế`,
      ...(national?.isValid() ? { suggestion: national.formatInternational() } : {}),
    };
  }
  const phone = parsePhoneNumberFromString(value);
  if (!phone?.isValid()) return { en: `"${value}" is not a valid phone number`, vi: `"${value}" không phải số điện thoại hợp lệ` };
  return undefined;
}

function expectedText(suggestion: string | undefined) {
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
