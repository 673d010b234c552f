import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from './problem.ts';
import { splitMarkdown } from './frontmatter.ts';
import { readText } from './readText.ts';
import { YamlDocument } from './yamlDocument.ts';

/**
 * Everything in the content folder, read once for all the rules: data files
 * and Markdown files, each with its parsed fields and their line numbers.
 */

/** The collections whose files sit in one folder per language. */
export const localizedCollections = ['pages', 'procedures', 'glossary'] as const;
export type LocalizedCollection = (typeof localizedCollections)[number];

/** A file of a per-language collection: `pages/en/hotlines.md`. */
export interface ContentEntry {
  collection: LocalizedCollection;
  /** The language folder it sits in, for example `en`; may be wrong, the slug rule checks it. */
  folder: string;
  /** The file name without extension, with any sub-folders: `hotlines`, `index`. */
  slug: string;
  /** The file as shown in messages. */
  file: string;
  /** The file's absolute path. */
  absolute: string;
  /** The fields: a Markdown file's frontmatter or a whole YAML file. Undefined when they cannot be read. */
  fields: YamlDocument | undefined;
  /** The Markdown text after the frontmatter; empty for YAML files. */
  body: string;
  /** The line of the file the body starts on. */
  bodyLine: number;
  /** The whole file as read (NFC), for fingerprints of the source a translation follows. */
  text: string;
}

export interface ContentTree {
  /** The content folder, absolute. */
  root: string;
  entries: ContentEntry[];
  /** Every YAML file at the top of the content folder, by file name. */
  data: Map<string, YamlDocument>;
  /** `facts.yaml`, when it exists. */
  facts: YamlDocument | undefined;
  /** `site.yaml`, when it exists. */
  site: YamlDocument | undefined;
  /** `allowed-domains.yaml`, when it exists. */
  allowedDomains: YamlDocument | undefined;
  /** Files in places the site does not read, or that cannot be read at all. */
  problems: Problem[];
}

/** How a file is named in messages: relative to where the command runs when it is inside it. */
export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/');
}

function readYamlFile(root: string, name: string): YamlDocument | undefined {
  const file = path.join(root, name);
  if (!existsSync(file)) return undefined;
  return new YamlDocument(readText(file), displayPath(file));
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(path.join(dir, name)).isFile())
    .map((name) => name.split(path.sep).join('/'))
    .sort();
}

/** Reads the content folder. */
export function readContentTree(root: string): ContentTree {
  const absoluteRoot = path.resolve(root);
  const tree: ContentTree = {
    root: absoluteRoot,
    entries: [],
    data: new Map(),
    facts: undefined,
    site: undefined,
    allowedDomains: undefined,
    problems: [],
  };
  if (existsSync(absoluteRoot)) {
    for (const name of readdirSync(absoluteRoot).filter((n) => n.endsWith('.yaml')).sort()) {
      const doc = readYamlFile(absoluteRoot, name);
      if (doc) tree.data.set(name, doc);
    }
  }
  tree.facts = tree.data.get('facts.yaml');
  tree.site = tree.data.get('site.yaml');
  tree.allowedDomains = tree.data.get('allowed-domains.yaml');
  for (const collection of localizedCollections) {
    const dir = path.join(absoluteRoot, collection);
    const extension = collection === 'glossary' ? '.yaml' : '.md';
    for (const name of filesUnder(dir)) {
      const absolute = path.join(dir, name);
      const file = displayPath(absolute);
      if (!name.endsWith(extension)) {
        if (!path.basename(name).startsWith('.')) {
          tree.problems.push({
            severity: 'warning',
            file,
            line: 1,
            field: 'file name',
            en: { wrong: `is not a ${extension} file, so the site ignores it`, expected: `a file name ending in ${extension}` },
            vi: { wrong: `không phải tệp ${extension} nên trang web bỏ qua`, expected: `tên tệp kết thúc bằng ${extension}` },
          });
        }
        continue;
      }
      const parts = name.slice(0, -extension.length).split('/');
      const folder = parts.length > 1 ? parts[0]! : '';
      const slug = parts.length > 1 ? parts.slice(1).join('/') : parts[0]!;
      const text = readText(absolute);
      if (extension === '.md') {
        const { problem, frontmatter, frontmatterLine, body, bodyLine } = splitMarkdown(text, file);
        if (problem) tree.problems.push(problem);
        const fields = frontmatter === undefined ? undefined : new YamlDocument(frontmatter, file, frontmatterLine, 'frontmatter');
        tree.entries.push({ collection, folder, slug, file, absolute, fields, body, bodyLine, text });
      } else {
        tree.entries.push({ collection, folder, slug, file, absolute, fields: new YamlDocument(text, file), body: '', bodyLine: 1, text });
      }
    }
  }
  return tree;
}

/** The value at a path of a parsed object, or undefined. */
export function valueAt(data: unknown, key: string): unknown {
  return data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
}

/** The fact entries of `facts.yaml` as id → fields. */
export function factEntries(tree: ContentTree): Map<string, Record<string, unknown>> {
  const data = tree.facts?.data;
  const facts = new Map<string, Record<string, unknown>>();
  if (data && typeof data === 'object') {
    for (const [id, value] of Object.entries(data)) {
      facts.set(id, value && typeof value === 'object' ? (value as Record<string, unknown>) : {});
    }
  }
  return facts;
}
