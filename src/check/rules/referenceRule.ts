import { existsSync, readdirSync } from 'node:fs';
import { factIdsIn } from '../../content/facts';
import { homeSlug, parsePageUrl } from '../../routing/urls';
import { sourceLocale } from '../../i18n/locales';
import { type ContentEntry, type ContentTree, type LocalizedCollection, factEntries, valueAt } from '../../model/contentTree';
import { textValuesIn } from '../fieldValues';
import { markdownFacts, type TokenPlace } from '../../model/markdownTree';
import { fieldName, type Problem } from '../../model/problem';
import type { YamlDocument } from '../../model/yamlDocument';

/**
 * Every reference must lead somewhere: {{fact ids}}, agencies, related
 * procedures, glossary terms, the pages site.yaml names, and links between
 * pages. A broken one would otherwise show up as a broken page or link.
 */

function sourceSlugs(tree: ContentTree, collection: LocalizedCollection): Set<string> {
  return new Set(tree.entries.filter((e) => e.collection === collection && e.folder === sourceLocale).map((e) => e.slug));
}

/** The slugs of every page the site publishes, as links write them (without locale prefix). */
export function publishedSlugs(tree: ContentTree): Set<string> {
  const pages = tree.entries.filter((e) => e.collection === 'pages' && e.folder === sourceLocale);
  const handbook = pages.find((e) => valueAt(e.fields?.data, 'view') === 'handbook')?.slug ?? 'handbook';
  const slugs = new Set(pages.map((e) => e.slug));
  for (const slug of sourceSlugs(tree, 'procedures')) slugs.add(`${handbook}/${slug}`);
  slugs.add('404');
  return slugs;
}

/** Top-level names the engine itself publishes besides content pages (feeds, files in public/). */
function engineRoutes(): Set<string> {
  const names = new Set<string>();
  for (const dir of ['src/pages', 'public']) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) if (!name.startsWith('[')) names.add(name.replace(/\.(astro|ts|js)$/, ''));
  }
  return names;
}

function unknownReference(
  doc: YamlDocument,
  path: PropertyKey[],
  id: string,
  what: { en: string; vi: string },
  known: Iterable<string>,
): Problem {
  const list = [...known].sort().join(', ') || '(none yet)';
  return {
    severity: 'error',
    file: doc.file,
    line: doc.lineOf(path),
    field: fieldName(path),
    en: { wrong: `"${id}" does not exist`, expected: `the id of ${what.en}: ${list}` },
    vi: { wrong: `"${id}" không tồn tại`, expected: `mã của ${what.vi}: ${list}` },
  };
}

function factsOfKind(tree: ContentTree, kind: string): string[] {
  return [...factEntries(tree)].filter(([, fact]) => fact['kind'] === kind).map(([id]) => id);
}

const placeVi: Record<TokenPlace, string> = {
  text: 'câu văn',
  'link target': 'địa chỉ liên kết',
  'link title': 'tiêu đề liên kết',
  'image description': 'mô tả ảnh',
  code: 'đoạn mã',
};

function checkFactTokens(entry: ContentEntry, factIds: Set<string>, problems: Problem[]) {
  // In the text the token itself is the field: `file:line — {{id}} — unknown fact id — …`.
  const unknown = (id: string, line: number, field?: string): Problem => ({
    severity: 'error',
    file: entry.file,
    line,
    field: field ?? `{{${id}}}`,
    en: { wrong: field ? `{{${id}}} is an unknown fact id` : 'unknown fact id', expected: 'an id defined in content/facts.yaml (check the spelling), or add the fact there with its source' },
    vi: { wrong: `{{${id}}} không có trong danh sách dữ kiện`, expected: 'một mã có trong content/facts.yaml (kiểm tra chính tả), hoặc thêm dữ kiện đó kèm nguồn' },
  });
  for (const token of markdownFacts(entry).tokens) {
    if (token.place === 'text' || token.place === 'link target') {
      if (!factIds.has(token.text)) problems.push(unknown(token.text, token.line));
      continue;
    }
    problems.push({
      severity: 'error',
      file: entry.file,
      line: token.line,
      field: `{{${token.text}}}`,
      en: {
        wrong: `a fact cannot go in a ${token.place}`,
        expected: 'the token in running text, or as the whole target of a link: [text]({{id}})',
      },
      vi: {
        wrong: `không đặt dữ kiện trong ${placeVi[token.place]}`,
        expected: 'đặt mã trong câu văn, hoặc làm toàn bộ địa chỉ của liên kết: [chữ]({{mã}})',
      },
    });
  }
  if (!entry.fields) return;
  for (const value of textValuesIn(entry.fields.data)) {
    for (const id of factIdsIn(value.text)) {
      if (!factIds.has(id)) problems.push(unknown(id, entry.fields.lineOf(value.path), fieldName(value.path)));
    }
  }
}

function checkLinks(entry: ContentEntry, published: Set<string>, engine: Set<string>, problems: Problem[]) {
  for (const link of markdownFacts(entry).links) {
    const target = link.text;
    if (/^[a-z][a-z0-9+.-]*:|^#|^\/\//i.test(target)) continue;
    const path = target.split(/[?#]/)[0]!;
    const problem = (wrong: { en: string; vi: string }, expected: { en: string; vi: string }): Problem => ({
      severity: 'error',
      file: entry.file,
      line: link.line,
      field: 'text',
      en: { wrong: wrong.en, expected: expected.en },
      vi: { wrong: wrong.vi, expected: expected.vi },
    });
    if (!path.startsWith('/')) {
      problems.push(
        problem(
          { en: `link "${target}" is not a site address`, vi: `liên kết "${target}" không phải địa chỉ trong trang web` },
          { en: 'an address starting with /, for example /hotlines/ or /en/hotlines/', vi: 'địa chỉ bắt đầu bằng /, ví dụ /hotlines/ hoặc /en/hotlines/' },
        ),
      );
      continue;
    }
    const { slug } = parsePageUrl(path);
    const first = path.split('/').filter(Boolean)[0] ?? '';
    if (engine.has(first) || /\.[a-z0-9]+$/i.test(path)) continue;
    if (!published.has(slug) && slug !== homeSlug) {
      problems.push(
        problem(
          { en: `link "${target}" leads to no page`, vi: `liên kết "${target}" không dẫn tới trang nào` },
          { en: 'the address of a page that exists, such as /hotlines/ (a file content/pages/vi/hotlines.md)', vi: 'địa chỉ của một trang có thật, ví dụ /hotlines/ (tệp content/pages/vi/hotlines.md)' },
        ),
      );
    } else if (!path.endsWith('/')) {
      problems.push(
        problem(
          { en: `link "${target}" has no slash at the end`, vi: `liên kết "${target}" thiếu dấu / ở cuối` },
          { en: `"${path}/"`, vi: `"${path}/"` },
        ),
      );
    }
  }
}

export function referenceRule(tree: ContentTree): Problem[] {
  const problems: Problem[] = [];
  const factIds = new Set(factEntries(tree).keys());
  const agencies = factsOfKind(tree, 'agency');
  const urls = factsOfKind(tree, 'url');
  const phones = factsOfKind(tree, 'phone');
  const agencyWords = { en: 'an agency in facts.yaml (kind: agency)', vi: 'một cơ quan trong facts.yaml (kind: agency)' };
  const urlWords = { en: 'a web address in facts.yaml (kind: url)', vi: 'một địa chỉ web trong facts.yaml (kind: url)' };
  const phoneWords = { en: 'a phone line in facts.yaml (kind: phone)', vi: 'một số điện thoại trong facts.yaml (kind: phone)' };
  const pageWords = { en: 'a page (a file in content/pages/vi/)', vi: 'một trang (tệp trong content/pages/vi/)' };
  const procedures = sourceSlugs(tree, 'procedures');
  const glossary = sourceSlugs(tree, 'glossary');
  const pages = sourceSlugs(tree, 'pages');
  const published = publishedSlugs(tree);
  const engine = engineRoutes();

  const expectOneOf = (doc: YamlDocument, path: PropertyKey[], value: unknown, known: string[] | Set<string>, words: { en: string; vi: string }) => {
    if (typeof value !== 'string') return;
    const set = known instanceof Set ? known : new Set(known);
    if (!set.has(value)) problems.push(unknownReference(doc, path, value, words, set));
  };

  for (const entry of tree.entries) {
    checkFactTokens(entry, factIds, problems);
    checkLinks(entry, published, engine, problems);
    const doc = entry.fields;
    if (!doc || entry.collection !== 'procedures') continue;
    expectOneOf(doc, ['submitTo'], valueAt(doc.data, 'submitTo'), agencies, agencyWords);
    const related = valueAt(doc.data, 'related');
    if (Array.isArray(related)) {
      related.forEach((slug, i) =>
        expectOneOf(doc, ['related', i], slug, procedures, { en: 'a procedure (a file in content/procedures/vi/)', vi: 'một thủ tục (tệp trong content/procedures/vi/)' }),
      );
    }
    const terms = valueAt(doc.data, 'glossary');
    if (Array.isArray(terms)) {
      terms.forEach((id, i) =>
        expectOneOf(doc, ['glossary', i], id, glossary, { en: 'a glossary term (a file in content/glossary/vi/)', vi: 'một thuật ngữ (tệp trong content/glossary/vi/)' }),
      );
    }
  }

  if (tree.facts) {
    for (const [id, fact] of factEntries(tree)) {
      if (fact['kind'] !== 'agency') continue;
      expectOneOf(tree.facts, [id, 'web'], fact['web'], urls, urlWords);
      expectOneOf(tree.facts, [id, 'phone'], fact['phone'], phones, phoneWords);
    }
  }

  const site = tree.site;
  if (site) {
    expectOneOf(site, ['managingAgency'], valueAt(site.data, 'managingAgency'), agencies, agencyWords);
    expectOneOf(site, ['publisher'], valueAt(site.data, 'publisher'), agencies, agencyWords);
    expectOneOf(site, ['mainHotline'], valueAt(site.data, 'mainHotline'), phones, phoneWords);
    expectOneOf(site, ['mainPortal'], valueAt(site.data, 'mainPortal'), urls, urlWords);
    expectOneOf(site, ['helpPage'], valueAt(site.data, 'helpPage'), pages, pageWords);
    expectOneOf(site, ['aboutPage'], valueAt(site.data, 'aboutPage'), pages, pageWords);
    const navigation = valueAt(site.data, 'navigation');
    if (Array.isArray(navigation)) navigation.forEach((slug, i) => expectOneOf(site, ['navigation', i], slug, pages, pageWords));
  }
  return problems;
}
