import type { CheckResult } from './runCheck';
import type { Problem } from '../model/problem';

/**
 * The check's report: one line per problem,
 * `file:line — field — what is wrong — what is expected`, with the
 * Vietnamese wording under it for staff who read Vietnamese first.
 */

export function problemLine(problem: Problem): string {
  return `${problem.file}:${problem.line} — ${problem.field} — ${problem.en.wrong} — expected ${problem.en.expected}`;
}

function problemLines(problem: Problem): string[] {
  const lines = [problemLine(problem)];
  if (problem.vi) lines.push(`    (vi) ${problem.vi.wrong} — cần: ${problem.vi.expected}`);
  return lines;
}

export function formatReport(result: CheckResult): string {
  const { errors, warnings } = result;
  const lines: string[] = [];
  if (errors.length > 0) {
    lines.push(`Content check: ${errors.length} error(s) — the site is not built until they are fixed.`);
    lines.push(`Kiểm tra nội dung: ${errors.length} lỗi — trang web không được tạo cho đến khi sửa xong.`);
    lines.push('');
    for (const problem of errors) lines.push(...problemLines(problem));
  }
  if (warnings.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(`${warnings.length} warning(s) — the site is built, but please look at them / ${warnings.length} cảnh báo — nên xem lại:`);
    lines.push('');
    for (const problem of warnings) lines.push(...problemLines(problem));
  }
  if (errors.length === 0) {
    if (lines.length > 0) lines.push('');
    lines.push('Content check passed: no errors. / Kiểm tra nội dung: không có lỗi.');
  }
  return lines.join('\n');
}
