import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatReport } from '../../src/check/report';
import { runCheck } from '../../src/check/runCheck';
import { svgProblems } from '../../src/check/rules/svgRule';
import { buildSite, copyContent, projectRoot, runNodeScript } from '../support/buildSite';
import { reportLine } from '../support/checkReport';

/**
 * Everything under public/ is published as it is, in the site's own origin.
 * tests/fixtures/attacks/public/ holds files an attacker (or a careless
 * upload through the web editor) could put there; laid over a copy of
 * public/, `npm run check` and the build must both refuse each one with a
 * message naming the file, the line and what is wrong.
 */

const attacksDir = path.join(projectRoot, 'tests/fixtures/attacks/public');

const attacks: { file: string; field: string; what: RegExp }[] = [
  { file: 'images/evil-script.svg', field: '<script>', what: /runs? in the site's (own )?address/ },
  { file: 'images/evil-onload.svg', field: 'onload', what: /event handler/ },
  { file: 'images/evil-foreignobject.svg', field: '<foreignObject>', what: /not allowed in an SVG/ },
  { file: 'images/evil-external.svg', field: 'xlink:href', what: /outside the file/ },
  { file: 'images/evil-javascript-link.svg', field: '<a>', what: /not allowed in an SVG/ },
  { file: 'images/evil-namespaced-script.svg', field: '<h:script>', what: /not an SVG element/ },
  { file: 'images/evil-animate.svg', field: '<set>', what: /not allowed in an SVG/ },
  { file: 'images/evil-style.svg', field: '<style>', what: /outside the file/ },
  { file: 'images/evil-style.svg', field: 'style', what: /outside the file/ },
  { file: 'images/evil-entities.svg', field: 'DOCTYPE', what: /DOCTYPE/ },
  { file: 'images/page.html', field: 'file type', what: /"\.html" files are not published/ },
  { file: 'images/not-really.png', field: 'file content', what: /is not a PNG image/ },
];

/** A copy of public/ with the attack files laid over it. */
async function attackedPublicCopy(): Promise<{ dir: string; publicDir: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'portal-public-'));
  const publicDir = path.join(dir, 'public');
  await cp(path.join(projectRoot, 'public'), publicDir, { recursive: true });
  await cp(attacksDir, publicDir, { recursive: true });
  return { dir, publicDir };
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(cleanups.map((cleanup) => cleanup()));
});

describe('the real public/ folder', () => {
  test('passes the check', () => {
    const result = runCheck({ contentDir: path.join(projectRoot, 'content'), publicDir: path.join(projectRoot, 'public') });
    expect(formatReport(result)).toContain('Content check passed');
  });
});

describe('SVG files', () => {
  test('shapes, gradients, clip paths, text and references inside the file are accepted', () => {
    const svg = `<?xml version="1.0" encoding="UTF-8"?>
<!-- made by hand -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" role="img" aria-labelledby="t">
  <title id="t">Logo</title>
  <defs>
    <linearGradient id="g"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="#000"/></linearGradient>
    <clipPath id="c"><circle cx="5" cy="5" r="5"/></clipPath>
    <path id="p" d="M0 0h10v10z"/>
  </defs>
  <style>.a { fill: url(#g); }</style>
  <g clip-path="url(#c)" style="opacity: .9"><rect class="a" width="10" height="10" fill="url('#g')"/></g>
  <use xlink:href="#p"/><use href="#p"/>
  <text x="1" y="9" xml:space="preserve">Khánh Hòa</text>
</svg>`;
    expect(svgProblems(svg, 'logo.svg')).toEqual([]);
  });

  test.each([
    ['a script in another prefix of the SVG namespace', '<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></svg>', '<s:script>'],
    ['an event handler in capitals', '<svg xmlns="http://www.w3.org/2000/svg"><rect ONCLICK="alert(1)"/></svg>', 'ONCLICK'],
    ['an image from another site', '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://attacker.example/x.png"/></svg>', 'href'],
    ['a data: URL with an SVG inside', '<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/svg+xml,&lt;svg/&gt;"/></svg>', 'href'],
    ['javascript: split by a tab', '<svg xmlns="http://www.w3.org/2000/svg"><use href="java&#9;script:alert(1)"/></svg>', 'href'],
    ['an external filter', '<svg xmlns="http://www.w3.org/2000/svg"><rect filter="url(https://attacker.example/f.svg#f)"/></svg>', 'filter'],
    ['a stylesheet processing instruction', '<?xml-stylesheet href="https://attacker.example/x.css"?><svg xmlns="http://www.w3.org/2000/svg"/>', 'xml-stylesheet'],
    ['an HTML document named .svg', '<html><body><script>alert(1)</script></body></html>', '<html>'],
    ['a file that is not XML', '<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>', 'file content'],
    ['CSS escapes hiding an outside address', '<svg xmlns="http://www.w3.org/2000/svg"><style>.a{background:u\\72l(https://attacker.example/)}</style></svg>', '<style>'],
  ])('%s is refused', (_name, svg, field) => {
    const problems = svgProblems(svg, 'x.svg');
    expect(problems.map((p) => p.field)).toContain(field);
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
  });
});

describe('attack files in public/', () => {
  let dir = '';
  let publicDir = '';
  beforeAll(async () => {
    ({ dir, publicDir } = await attackedPublicCopy());
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
  });

  test.each(attacks)('$file: $field is an error naming the file and line', ({ file, field, what }) => {
    const report = formatReport(runCheck({ contentDir: path.join(projectRoot, 'content'), publicDir }));
    const line = reportLine(path.join(publicDir, file), field);
    expect(report).toMatch(line);
    expect(report.match(line)?.[1]).toMatch(what);
  });

  test('a symbolic link out of public/ is refused', async () => {
    const linkDir = await mkdtemp(path.join(tmpdir(), 'portal-public-link-'));
    cleanups.push(() => rm(linkDir, { recursive: true, force: true }));
    const { symlink } = await import('node:fs/promises');
    await writeFile(path.join(linkDir, 'secret.txt'), 'not for publication');
    await symlink(path.join(linkDir, 'secret.txt'), path.join(publicDir, 'leak.txt'));
    const report = formatReport(runCheck({ contentDir: path.join(projectRoot, 'content'), publicDir }));
    expect(report).toMatch(reportLine(path.join(publicDir, 'leak.txt'), 'file type'));
    await rm(path.join(publicDir, 'leak.txt'));
  });

  test('`npm run check` refuses every one', async () => {
    const result = await runNodeScript('scripts/check.ts', [], { PUBLIC_DIR: publicDir });
    expect(result.exitCode).not.toBe(0);
    for (const { file, field } of attacks) expect(result.output).toMatch(reportLine(path.join(publicDir, file), field));
    expect(result.output).not.toMatch(/\n\s+at /);
  });

  test('the build refuses every one before building anything', async () => {
    const copy = await copyContent();
    cleanups.push(copy.cleanup);
    const result = await buildSite(copy.contentDir, copy.dir, { PUBLIC_DIR: publicDir });
    expect(result.exitCode).not.toBe(0);
    expect(result.output).toContain('nothing was built');
    for (const { file, field } of attacks) expect(result.output).toMatch(reportLine(path.join(publicDir, file), field));
    expect(existsSync(result.outDir)).toBe(false);
  });
});
