import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The repository's root, where `content/` and `astro.config.mjs` live. */
export const projectRoot = path.resolve(import.meta.dirname, '../..');

export interface BuildResult {
  /** 0 when the build succeeded. */
  exitCode: number;
  /** Everything the build printed, stdout and stderr together. */
  output: string;
  /** The folder the site was built into. */
  outDir: string;
}

/**
 * A private copy of a content tree (`content/` unless `from` names another,
 * such as the fixture province) in a temporary folder, for tests that break
 * content on purpose. The original is never touched.
 */
export async function copyContent(from: string = path.join(projectRoot, 'content')): Promise<{ dir: string; contentDir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'portal-content-'));
  const contentDir = path.join(dir, 'content');
  await cp(from, contentDir, { recursive: true });
  return { dir, contentDir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * A private copy of a content tree with one file changed by `edit`; fails when
 * the edit changed nothing, so a test never passes on content it did not break.
 */
export async function editedContentCopy(file: string, edit: (text: string) => string, from?: string): ReturnType<typeof copyContent> {
  const copy = await copyContent(from);
  const target = path.join(copy.contentDir, file);
  const before = await readFile(target, 'utf8');
  const after = edit(before);
  if (after === before) {
    await copy.cleanup();
    throw new Error(`the edit of ${file} changed nothing: the test would not test what it says`);
  }
  await writeFile(target, after);
  return copy;
}

/**
 * Runs `work` with an Astro root of its own (astro.config.mjs reads it from
 * ASTRO_ROOT), removed afterwards. Astro writes generated modules into
 * <root>/.astro/ under fixed names, so builds that share a root race: one
 * renames the other's file away and that build fails. Test builds run side by
 * side, so each takes its own. Every such root sits at the same depth under
 * .test-builds/roots/, because Astro hashes component paths relative to the
 * root: two builds of one tree stay byte-identical.
 */
export async function withOwnAstroRoot<T>(work: (root: string) => Promise<T>): Promise<T> {
  const parent = path.join(projectRoot, '.test-builds/roots');
  await mkdir(parent, { recursive: true });
  const root = await mkdtemp(path.join(parent, 'build-'));
  try {
    return await work(root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/**
 * Runs a command in the project, collecting everything it prints, stdout and
 * stderr together; resolves with its exit code.
 */
export function runCollecting(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ exitCode: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? 1, output }));
  });
}

/** Runs one of the project's Node scripts (`scripts/check.ts`, …) with extra environment variables, as staff run it. */
export function runNodeScript(script: string, args: string[], env: Record<string, string>): Promise<{ exitCode: number; output: string }> {
  return runCollecting(path.join(projectRoot, 'node_modules/.bin/node'), [script, ...args], { ...process.env, ...env, NO_COLOR: '1' });
}

/** Runs the Astro CLI over another content tree, into its own output, cache and root folders. */
export async function runOverContent(args: string[], contentDir: string, workDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const outDir = path.join(workDir, 'dist');
  const result = await withOwnAstroRoot((root) =>
    runCollecting(path.join(projectRoot, 'node_modules/.bin/astro'), args, {
      ...process.env,
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: path.join(workDir, 'cache'),
      ASTRO_ROOT: root,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...env,
    }),
  );
  return { ...result, outDir };
}

/** Builds the site over another content tree; `env` adds variables, for example PUBLIC_DIR. */
export function buildSite(contentDir: string, workDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return runOverContent(['build'], contentDir, workDir, env);
}
