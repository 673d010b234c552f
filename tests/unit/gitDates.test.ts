import { describe, expect, test } from 'vitest';
import { parseGitLog } from '../../src/model/gitDates';

const commit = (iso: string, decorations = '') => `\u0001${iso}\u0001${decorations}`;

describe('dates of content files from one git log pass', () => {
  test('each file gets the date of the newest commit that touched it', () => {
    const log = [commit('2026-11-20T10:00:00+07:00', 'HEAD -> main'), '', 'pages/vi/a.md', '', commit('2026-10-01T09:00:00+07:00'), '', 'pages/vi/a.md', 'pages/vi/b.md', ''].join('\n');
    const dates = parseGitLog(log, '/c');
    expect(dates.get('/c/pages/vi/a.md')?.toISOString()).toBe('2026-11-20T03:00:00.000Z');
    expect(dates.get('/c/pages/vi/b.md')?.toISOString()).toBe('2026-10-01T02:00:00.000Z');
  });

  test('a file last touched only by the boundary commit of a shallow clone has no date', () => {
    const log = [commit('2026-12-01T08:00:00+07:00', 'HEAD -> main'), '', 'pages/vi/a.md', '', commit('2026-12-01T07:00:00+07:00', 'grafted'), '', 'pages/vi/a.md', 'pages/vi/b.md', ''].join('\n');
    const dates = parseGitLog(log, '/c');
    expect(dates.get('/c/pages/vi/a.md')).toBeDefined();
    expect(dates.has('/c/pages/vi/b.md')).toBe(false);
  });
});
