import { sourceLocale } from '../../i18n/locales';
import { type ContentTree, factEntries, valueAt } from '../../model/contentTree';
import { fieldName, type Problem } from '../../model/problem';

/**
 * Journeys and service signposts point at other content: every procedure a
 * journey step names (`journey.steps[i].procedure`, `.alternative`) must be a
 * handbook procedure, and a service's `link` must be a `url` fact. In every
 * language, since each translation carries its own copy of the ids.
 */
export function journeyRule(tree: ContentTree): Problem[] {
  const problems: Problem[] = [];
  const procedures = new Set(tree.entries.filter((e) => e.collection === 'procedures' && e.folder === sourceLocale).map((e) => e.slug));
  const urls = new Set([...factEntries(tree)].filter(([, fact]) => fact['kind'] === 'url').map(([id]) => id));
  const procedureList = [...procedures].sort().join(', ') || '(none yet)';
  const urlList = [...urls].sort().join(', ') || '(none yet)';

  for (const entry of tree.entries) {
    const doc = entry.fields;
    if (entry.collection !== 'pages' || !doc) continue;
    const steps = valueAt(valueAt(doc.data, 'journey'), 'steps');
    if (Array.isArray(steps)) {
      steps.forEach((step, index) => {
        for (const key of ['procedure', 'alternative'] as const) {
          const id = valueAt(step, key);
          if (typeof id !== 'string' || procedures.has(id)) continue;
          const path = ['journey', 'steps', index, key];
          problems.push({
            severity: 'error',
            file: entry.file,
            line: doc.lineOf(path),
            field: fieldName(path),
            en: { wrong: `"${id}" is not a procedure of the handbook`, expected: `the file name of a procedure in content/procedures/${sourceLocale}/ without .md: ${procedureList}` },
            vi: { wrong: `"${id}" không phải thủ tục trong sổ tay`, expected: `tên tệp của một thủ tục trong content/procedures/${sourceLocale}/, bỏ đuôi .md: ${procedureList}` },
          });
        }
      });
    }
    const link = valueAt(valueAt(doc.data, 'service'), 'link');
    if (typeof link === 'string' && !urls.has(link)) {
      const path = ['service', 'link'];
      problems.push({
        severity: 'error',
        file: entry.file,
        line: doc.lineOf(path),
        field: fieldName(path),
        en: { wrong: `"${link}" does not exist`, expected: `the id of a web address in facts.yaml (kind: url): ${urlList}` },
        vi: { wrong: `"${link}" không tồn tại`, expected: `mã của một địa chỉ web trong facts.yaml (kind: url): ${urlList}` },
      });
    }
  }
  return problems;
}
