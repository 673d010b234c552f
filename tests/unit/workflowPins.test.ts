import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * Supply chain: every GitHub Action is pinned by a full commit SHA (a tag can
 * be moved to other code), with the release tag in a comment; and the Node
 * binary that the `node` package installs outside package-lock.json matches
 * the hash recorded in .ci/node-binary.txt.
 */

const root = path.resolve(import.meta.dirname, '../..');
const workflowsDir = path.join(root, '.github/workflows');

/** Every `uses:` of a workflow that is not `owner/repo[/path]@<40 hex> # <tag>`, a local action or a digest-pinned image. */
function unpinnedUses(workflow: string): string[] {
  const wrong: string[] = [];
  for (const line of workflow.split('\n')) {
    const match = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line);
    if (!match) continue;
    const [, target = '', rest = ''] = match;
    const reference = target.replace(/^['"]|['"]$/g, '');
    if (reference.startsWith('./')) continue;
    if (/^docker:\/\/[^@\s]+@sha256:[0-9a-f]{64}$/.test(reference)) continue;
    const pinned = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.\/-]+@[0-9a-f]{40}$/.test(reference);
    const tagged = /^\s+#\s*v\d+(\.\d+)*\s*$/.test(rest);
    if (!pinned || !tagged) wrong.push(line.trim());
  }
  return wrong;
}

describe('GitHub Actions', () => {
  const files = readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name));

  test('there are workflows to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test.each(files)('%s pins every action by commit SHA with its tag in a comment', (name) => {
    const text = readFileSync(path.join(workflowsDir, name), 'utf8');
    expect(text).toMatch(/uses:/);
    expect(unpinnedUses(text)).toEqual([]);
  });

  test('the rule catches tags, branches, short SHAs and pins without their tag', () => {
    expect(unpinnedUses('      - uses: actions/checkout@v4\n')).toHaveLength(1);
    expect(unpinnedUses('        uses: actions/checkout@main\n')).toHaveLength(1);
    expect(unpinnedUses('      - uses: actions/checkout@11d5960\n')).toHaveLength(1);
    expect(unpinnedUses('      - uses: actions/checkout@11d5960a326750d5838078e36cf38b85af677262\n')).toHaveLength(1);
    expect(unpinnedUses("      - uses: 'actions/checkout@11d5960a326750d5838078e36cf38b85af677262' # v4.4.0\n")).toEqual([]);
    expect(unpinnedUses('      - uses: ./.github/actions/local\n')).toEqual([]);
  });
});

describe('the Node binary installed by the `node` package', () => {
  const pins = readFileSync(path.join(root, '.ci/node-binary.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [version = '', platform = '', sha256 = '', integrity = ''] = line.trim().split(/\s+/);
      return { version, platform, sha256, integrity };
    });
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
  const lockedVersion = lock.packages['node_modules/node']?.version;

  test('every pin is for the version package-lock.json installs', () => {
    expect(pins.length).toBeGreaterThan(0);
    for (const pin of pins) {
      expect(pin.version).toBe(lockedVersion);
      expect(pin.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(pin.integrity).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
    }
  });

  const here = `${process.platform}-${process.arch}`;
  const pin = pins.find((p) => p.platform === here);
  const binary = path.join(root, 'node_modules/node/bin/node');
  test.runIf(pin !== undefined && existsSync(binary))(`node_modules/node/bin/node matches the pin for ${here}`, () => {
    const sha256 = createHash('sha256').update(readFileSync(binary)).digest('hex');
    expect(sha256).toBe(pin?.sha256);
  });
});
