import type { ContentTree } from '../../model/contentTree';
import { textValuesIn } from '../fieldValues';
import { markdownFacts } from '../../model/markdownTree';
import { htmlTagPattern } from '../htmlTagPattern';
import { fieldName, type Problem } from '../../model/problem';

/**
 * Raw HTML in content is rejected: Astro's Markdown passes it through as it
 * is, so a `<script>` or an `onerror=` written in a page would reach readers.
 * Raw HTML is found on the syntax tree of the renderer's own parser, so what
 * the check sees is what the renderer would pass through. Code (between
 * backticks) may show HTML as an example.
 */

const expected = {
  en: { expected: 'plain Markdown: **bold**, [link text](/address/), "- " lists; write < as &lt; or put code in `backticks`' },
  vi: { expected: 'Markdown thuần: **đậm**, [chữ liên kết](/dia-chi/), danh sách "- "; viết < thành &lt; hoặc đặt mã trong `dấu huyền`' },
};

/** An HTML fragment as quoted in a message: its first tag (`<script`), or its first characters. */
const shorten = (html: string): string => html.match(htmlTagPattern)?.[0] ?? html.trim().slice(0, 20);

export function rawHtmlRule(tree: ContentTree): Problem[] {
  const problems: Problem[] = [];
  for (const entry of tree.entries) {
    const tags = markdownFacts(entry).html;
    // One message per line: `<script>…</script>` is one mistake.
    for (const tag of tags.filter((t, i) => tags.findIndex((u) => u.line === t.line) === i)) {
      problems.push({
        severity: 'error',
        file: entry.file,
        line: tag.line,
        field: 'text',
        en: { wrong: `raw HTML "${shorten(tag.text)}" is not allowed`, ...expected.en },
        vi: { wrong: `không được dùng HTML "${shorten(tag.text)}"`, ...expected.vi },
      });
    }
    for (const value of textValuesIn(entry.fields?.data)) {
      const tag = value.text.match(htmlTagPattern)?.[0];
      if (!tag || !entry.fields) continue;
      problems.push({
        severity: 'error',
        file: entry.file,
        line: entry.fields.lineOf(value.path),
        field: fieldName(value.path),
        en: { wrong: `raw HTML "${tag}" is not allowed`, expected: 'plain text' },
        vi: { wrong: `không được dùng HTML "${tag}"`, expected: 'chữ thường' },
      });
    }
  }
  return problems;
}
