/**
 * The comparison build of `npm run bench`: the same generated procedures as
 * Starlight + Pagefind pages. Starlight and its own Astro are pinned in
 * bench/starlight/package.json and package-lock.json and installed there with
 * `npm ci` the first time (never in the project's node_modules). The pages
 * are written to a temporary folder, never committed.
 *
 * Each procedure becomes one Starlight page with the same words the portal
 * shows: title, description, who it is for, documents, steps, notes and the
 * body text. Vietnamese is Starlight's root locale, as it is the portal's.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

export const starlightFolder = fileURLToPath(new URL('./starlight/', import.meta.url));

/** Installs the pinned Starlight with `npm ci` unless the installed tree matches the lock file. */
export function ensureStarlightInstalled(log: (message: string) => void): void {
  const installed = path.join(starlightFolder, 'node_modules', '.package-lock.json');
  const wanted = JSON.parse(readFileSync(path.join(starlightFolder, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
  if (existsSync(installed)) {
    const have = JSON.parse(readFileSync(installed, 'utf8')) as { packages: Record<string, { version?: string }> };
    const same = ['node_modules/@astrojs/starlight', 'node_modules/astro', 'node_modules/pagefind'].every(
      (name) => have.packages[name]?.version !== undefined && have.packages[name]?.version === wanted.packages[name]?.version,
    );
    if (same) return;
  }
  log('installing the pinned Starlight into bench/starlight/ (npm ci, first run only)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: starlightFolder, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`npm ci in ${starlightFolder} failed (exit ${result.status ?? 'signal'})`);
}

interface ProcedureData {
  title: string;
  description: string;
  audience?: string;
  documents?: { name: string; note?: string }[];
  steps?: string[];
  keywords?: string[];
}

const starlightLocales: Readonly<Record<string, string>> = { vi: '', en: 'en', ru: 'ru', zh: 'zh', ko: 'ko' };

function splitFrontMatter(text: string): { data: ProcedureData; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error('a generated procedure without front matter');
  return { data: parseYaml(match[1]!) as ProcedureData, body: match[2]!.trim() };
}

function starlightPage(data: ProcedureData, body: string): string {
  const lines = [
    `---\n${stringifyYaml({ title: data.title, description: data.description }, { lineWidth: 0 })}---`,
    '',
    data.description,
    '',
  ];
  if (data.audience) lines.push(`**${data.audience}**`, '');
  if (data.documents?.length) {
    lines.push('## Documents', '');
    for (const doc of data.documents) lines.push(`- ${doc.name}${doc.note ? ` — ${doc.note}` : ''}`);
    lines.push('');
  }
  if (data.steps?.length) {
    lines.push('## Steps', '');
    data.steps.forEach((step, i) => lines.push(`${i + 1}. ${step}`));
    lines.push('');
  }
  if (data.keywords?.length) lines.push(`*${data.keywords.join(', ')}*`, '');
  lines.push(body, '');
  return lines.join('\n');
}

/** Where the generated pages go: inside bench/starlight/ (git-ignored), as Astro needs its sources under its root. */
const docs = path.join(starlightFolder, 'src', 'content', 'docs');

/**
 * Writes the Starlight pages: every procedure of the generated content tree,
 * in every language it has, plus a home page per language. Replaces what an
 * earlier run left. Returns the number of pages written.
 */
export async function writeStarlightSite(contentDir: string): Promise<number> {
  await removeStarlightSite();
  await mkdir(docs, { recursive: true });
  let pages = 0;
  for (const [locale, folder] of Object.entries(starlightLocales)) {
    const source = path.join(contentDir, 'procedures', locale);
    if (!existsSync(source)) continue;
    const target = path.join(docs, folder, 'handbook');
    await mkdir(target, { recursive: true });
    await writeFile(path.join(docs, folder, 'index.md'), `---\ntitle: Bench ${locale}\n---\n\nGenerated for a benchmark.\n`);
    pages += 1;
    for (const file of (await readdir(source)).filter((f) => f.endsWith('.md')).sort()) {
      const { data, body } = splitFrontMatter(await readFile(path.join(source, file), 'utf8'));
      await writeFile(path.join(target, file), starlightPage(data, body));
      pages += 1;
    }
  }
  return pages;
}

/** Removes the generated pages. */
export async function removeStarlightSite(): Promise<void> {
  await rm(docs, { recursive: true, force: true });
}

/** The command that builds the pages `writeStarlightSite` wrote into `outDir`, on the same Node as the portal's build. */
export function starlightBuildCommand(outDir: string, cacheDir: string): { command: string; args: string[]; cwd: string; env: Record<string, string> } {
  return {
    command: process.execPath,
    args: [path.join(starlightFolder, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
    cwd: starlightFolder,
    env: { STARLIGHT_OUT_DIR: outDir, STARLIGHT_CACHE_DIR: cacheDir },
  };
}
