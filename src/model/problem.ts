/**
 * One thing wrong with the content, as the check reports it:
 * `file:line — field — what is wrong — what is expected`.
 */
export type Severity = 'error' | 'warning';

/** What is wrong and what is expected, in one language. */
export interface ProblemText {
  wrong: string;
  expected: string;
}

export interface Problem {
  /** `error` stops the build; `warning` is listed but does not. */
  severity: Severity;
  /** The file as the reader should open it, for example `content/pages/vi/about.md`. */
  file: string;
  /** The line the problem is on, counted from 1. */
  line: number;
  /** The field, for example `title` or `documents[0].name`; `text` for the Markdown body. */
  field: string;
  /** The message in English. */
  en: ProblemText;
  /** The message in Vietnamese, when the rule has one. */
  vi?: ProblemText;
}

/** A field path as staff read it: `documents[0].name`. */
export function fieldName(path: readonly PropertyKey[]): string {
  let name = '';
  for (const part of path) {
    if (typeof part === 'number') name += `[${part}]`;
    else name += name === '' ? String(part) : `.${String(part)}`;
  }
  return name === '' ? '(whole file)' : name;
}
