import { type ContentTree, factEntries, valueAt } from '../../model/contentTree';
import { textValuesIn } from '../fieldValues';
import { markdownFacts } from '../../model/markdownTree';
import { fieldName, type Problem } from '../../model/problem';
import type { YamlDocument } from '../../model/yamlDocument';

/**
 * Web addresses must be https. Official links (a `url` fact and a
 * procedure's `online.url`) must also be on a government domain listed in
 * `content/allowed-domains.yaml`, so a typo or a look-alike site is caught.
 */

/** The domains of allowed-domains.yaml; a domain allows its sub-domains. */
export function allowedDomainsOf(tree: ContentTree): string[] {
  const domains = valueAt(tree.allowedDomains?.data, 'domains');
  return Array.isArray(domains) ? domains.filter((d): d is string => typeof d === 'string') : [];
}

export function isOnAllowedDomain(url: string, domains: readonly string[]): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

const insecure = {
  en: (url: string) => ({ wrong: `"${url}" is not an https:// address`, expected: 'an address starting with https://' }),
  vi: (url: string) => ({ wrong: `"${url}" không phải địa chỉ https://`, expected: 'địa chỉ bắt đầu bằng https://' }),
};

/** A link in Markdown may go to a page of this site (/…), a section (#…), https, e-mail or phone. */
function isSafeLinkTarget(target: string): boolean {
  return /^(https:\/\/|mailto:|tel:|\/(?!\/)|#)/i.test(target) || !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(target);
}

function checkYamlUrls(doc: YamlDocument, data: unknown, prefix: PropertyKey[], problems: Problem[]) {
  for (const value of textValuesIn(data, prefix)) {
    const last = value.path.at(-1);
    const looksLikeUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(value.text) || /^(javascript|data|vbscript):/i.test(value.text.trim());
    const isUrlField = typeof last === 'string' && /url$/i.test(last);
    if (!looksLikeUrl && !isUrlField) continue;
    if (/^https:\/\//i.test(value.text)) continue;
    problems.push({ severity: 'error', file: doc.file, line: doc.lineOf(value.path), field: fieldName(value.path), en: insecure.en(value.text), vi: insecure.vi(value.text) });
  }
}

function officialLinkProblem(doc: YamlDocument, path: PropertyKey[], url: string, domains: readonly string[]): Problem {
  const list = domains.join(', ') || '(none listed)';
  return {
    severity: 'error',
    file: doc.file,
    line: doc.lineOf(path),
    field: fieldName(path),
    en: { wrong: `"${url}" is not on a government domain`, expected: `an official address on ${list} (listed in content/allowed-domains.yaml)` },
    vi: { wrong: `"${url}" không thuộc tên miền của cơ quan nhà nước`, expected: `địa chỉ chính thức thuộc ${list} (danh sách trong content/allowed-domains.yaml)` },
  };
}

export function urlRule(tree: ContentTree): Problem[] {
  const problems: Problem[] = [];
  const domains = allowedDomainsOf(tree);

  if (tree.facts) {
    checkYamlUrls(tree.facts, tree.facts.data, [], problems);
    for (const [id, fact] of factEntries(tree)) {
      const value = fact['value'];
      if (fact['kind'] === 'url' && typeof value === 'string' && value.startsWith('https://') && !isOnAllowedDomain(value, domains)) {
        problems.push(officialLinkProblem(tree.facts, [id, 'value'], value, domains));
      }
    }
  }
  for (const doc of tree.data.values()) if (doc !== tree.facts) checkYamlUrls(doc, doc.data, [], problems);

  for (const entry of tree.entries) {
    if (entry.fields) {
      checkYamlUrls(entry.fields, entry.fields.data, [], problems);
      const onlineUrl = valueAt(valueAt(entry.fields.data, 'online'), 'url');
      if (entry.collection === 'procedures' && typeof onlineUrl === 'string' && onlineUrl.startsWith('https://') && !isOnAllowedDomain(onlineUrl, domains)) {
        problems.push(officialLinkProblem(entry.fields, ['online', 'url'], onlineUrl, domains));
      }
    }
    for (const link of markdownFacts(entry).links) {
      if (isSafeLinkTarget(link.text)) continue;
      problems.push({
        severity: 'error',
        file: entry.file,
        line: link.line,
        field: 'text',
        en: { wrong: `link to "${link.text}" is not allowed`, expected: 'a link to https://…, to a page of this site (/…), mailto: or tel:' },
        vi: { wrong: `liên kết "${link.text}" không được phép`, expected: 'liên kết tới https://…, tới một trang của trang web này (/…), mailto: hoặc tel:' },
      });
    }
  }
  return problems;
}
