import path from 'node:path';
import { formatReport } from '../../src/check/report';
import { runCheck } from '../../src/check/runCheck';

/**
 * The content check's report over a content folder, in-process: the same
 * runCheck and formatReport the build runs before rendering anything
 * (src/integrations/contentCheck.ts) and `npm run check` prints. File names
 * are made relative to the folder, so a test can expect an exact line.
 */
export function checkReport(contentDir: string, today = '2026-12-02'): { errors: number; lines: string[] } {
  const result = runCheck({ contentDir, today });
  const prefix = `${path.resolve(contentDir)}/`;
  return { errors: result.errors.length, lines: formatReport(result).split('\n').map((line) => line.replaceAll(prefix, '')) };
}

/** Text matched literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A report line about `field` of `file`, at any line number: `<file>:<line> — <field> — <what is wrong> …`, the rest captured. */
export function reportLine(file: string, field: string): RegExp {
  return new RegExp(`${escapeRegExp(file)}:\\d+ — ${escapeRegExp(field)} — (.*)`);
}
