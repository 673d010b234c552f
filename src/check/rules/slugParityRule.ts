import { isLocale, localeCodes, sourceLocale } from '../../i18n/locales';
import type { ContentTree } from '../../model/contentTree';
import { slugFromTitle } from '../slugFromTitle';
import type { Problem } from '../../model/problem';

/**
 * A page keeps the same file name (slug) in every language, so its address
 * only differs by the language prefix: every translation needs a Vietnamese
 * source with the same name, and names are plain ASCII words with hyphens.
 */

/** Lower-case ASCII words joined by hyphens; sub-folders allowed. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

export function slugParityRule(tree: ContentTree): Problem[] {
  const problems: Problem[] = [];
  const sources = new Set(tree.entries.filter((e) => e.folder === sourceLocale).map((e) => `${e.collection}/${e.slug}`));
  for (const entry of tree.entries) {
    const at = { file: entry.file, line: 1 };
    if (!isLocale(entry.folder)) {
      problems.push({
        severity: 'error',
        ...at,
        field: 'folder',
        en: { wrong: entry.folder ? `"${entry.folder}" is not a language folder` : 'the file is not in a language folder', expected: `content/${entry.collection}/<language>/, the language one of: ${localeCodes.join(', ')}` },
        vi: { wrong: 'tệp không nằm trong thư mục ngôn ngữ', expected: `content/${entry.collection}/<ngôn ngữ>/, ngôn ngữ là một trong: ${localeCodes.join(', ')}` },
      });
      continue;
    }
    if (!slugPattern.test(entry.slug)) {
      const suggestion = slugFromTitle(entry.slug);
      problems.push({
        severity: 'error',
        ...at,
        field: 'file name',
        en: { wrong: `"${entry.slug}" has capitals, spaces, tones or other non-ASCII characters`, expected: `lower-case letters without tones, digits and hyphens, for example "${suggestion}"` },
        vi: { wrong: `"${entry.slug}" có chữ hoa, khoảng trắng, dấu hoặc ký tự đặc biệt`, expected: `chữ thường không dấu, chữ số và dấu gạch nối, ví dụ "${suggestion}"` },
      });
    }
    if (entry.folder !== sourceLocale && !sources.has(`${entry.collection}/${entry.slug}`)) {
      problems.push({
        severity: 'error',
        ...at,
        field: 'file name',
        en: { wrong: `"${entry.slug}" has no Vietnamese source`, expected: `a file content/${entry.collection}/${sourceLocale}/ with the same name, or rename this translation to match its source` },
        vi: { wrong: `"${entry.slug}" không có bản gốc tiếng Việt`, expected: `một tệp cùng tên trong content/${entry.collection}/${sourceLocale}/, hoặc đổi tên bản dịch cho khớp với bản gốc` },
      });
    }
  }
  return problems;
}
