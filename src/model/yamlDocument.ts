import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Problem } from './problem.ts';

/**
 * A parsed YAML text (a data file or a Markdown file's frontmatter) that
 * remembers where each field was written, so problems can name the line.
 */
export class YamlDocument {
  readonly data: unknown;
  readonly problems: Problem[] = [];
  /** The file name shown in messages. */
  readonly file: string;
  private readonly firstLine: number;
  private readonly contents: Node | null;
  private readonly lines: LineCounter;

  /**
   * @param text the YAML text
   * @param file the file name shown in messages
   * @param firstLine the line of the file the YAML text starts on
   * @param label what the YAML is called in messages: `YAML` for a data file, `frontmatter` for a Markdown file's fields
   */
  constructor(text: string, file: string, firstLine = 1, label = 'YAML') {
    this.file = file;
    this.firstLine = firstLine;
    this.lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: this.lines, prettyErrors: false });
    this.contents = doc.contents;
    for (const error of doc.errors) {
      const line = (error.linePos?.[0].line ?? 1) + firstLine - 1;
      const reason = error.message.split('\n')[0] ?? error.message;
      this.problems.push({
        severity: 'error',
        file,
        line,
        field: label,
        en: {
          wrong: `cannot be read (${reason})`,
          expected: 'one "field: value" per line, lists as "- item" lines indented under their field, text containing ": " or " #" in quotes',
        },
        vi: {
          wrong: 'không đọc được cú pháp YAML',
          expected: 'mỗi dòng một "trường: giá trị", danh sách là các dòng "- mục" thụt vào dưới trường, chữ có ": " hoặc " #" phải đặt trong ngoặc kép',
        },
      });
    }
    this.data = doc.errors.length > 0 ? undefined : doc.toJS();
  }

  /** The line a field was written on; for a missing field, the line of the nearest field that exists. */
  lineOf(path: readonly PropertyKey[]): number {
    let node: unknown = this.contents;
    let offset = node && isMap(node) && node.items[0] && isScalar(node.items[0].key) ? node.items[0].key.range?.[0] : undefined;
    for (const part of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(part));
        if (!pair) break;
        offset = isScalar(pair.key) ? pair.key.range?.[0] : offset;
        node = pair.value;
      } else if (isSeq(node) && typeof part === 'number') {
        const item = node.items[part] as Node | undefined;
        if (!item) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else {
        break;
      }
    }
    return offset === undefined ? this.firstLine : this.lines.linePos(offset).line + this.firstLine - 1;
  }
}
