import type { Problem, ProblemText } from './problem.ts';

/**
 * The one place a Markdown file is split into its fields (the YAML
 * frontmatter between two `---` lines) and its text. Every reader of content
 * — the check, the site, the search index, the service worker, the translation
 * status — goes through here.
 */
export interface SplitMarkdown {
  /** The YAML between the `---` lines; undefined when the file has none or never closes it. */
  frontmatter: string | undefined;
  /** The line of the file the frontmatter starts on (the line after the first `---`). */
  frontmatterLine: number;
  /** The Markdown after the closing `---`. */
  body: string;
  /** The line of the file the body starts on. */
  bodyLine: number;
  /** Why the fields could not be found, as a message for staff. */
  problem?: Problem;
}

const isDelimiter = (line: string | undefined, closing: boolean): boolean => {
  const trimmed = line?.trimEnd();
  return trimmed === '---' || (closing && trimmed === '...');
};

/** A problem with the frontmatter's delimiters, always reported on line 1. */
function frontmatterProblem(file: string, en: ProblemText, vi: ProblemText): Problem {
  return { severity: 'error', file, line: 1, field: 'frontmatter', en, vi };
}

export function splitMarkdown(text: string, file: string): SplitMarkdown {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!isDelimiter(lines[0], false)) {
    return {
      frontmatter: undefined,
      frontmatterLine: 1,
      body: text,
      bodyLine: 1,
      problem: frontmatterProblem(
        file,
        { wrong: 'the file does not start with its fields', expected: 'a first line "---", then the fields, then a line "---"' },
        { wrong: 'tệp không bắt đầu bằng phần thông tin (frontmatter)', expected: 'dòng đầu là "---", tiếp theo là các trường, rồi một dòng "---"' },
      ),
    };
  }
  const end = lines.findIndex((line, index) => index > 0 && isDelimiter(line, true));
  if (end === -1) {
    return {
      frontmatter: undefined,
      frontmatterLine: 2,
      body: '',
      bodyLine: lines.length,
      problem: frontmatterProblem(
        file,
        { wrong: 'the fields are never closed', expected: 'a line "---" after the last field, before the text' },
        { wrong: 'phần thông tin không có dòng kết thúc', expected: 'một dòng "---" sau trường cuối cùng, trước phần nội dung' },
      ),
    };
  }
  return {
    frontmatter: lines.slice(1, end).join('\n'),
    frontmatterLine: 2,
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
  };
}

/** A Markdown file put back together from its fields and its text. */
export function joinMarkdown(frontmatter: string, body: string): string {
  return `---\n${frontmatter.replace(/\s*$/, '')}\n---\n${body}`;
}
