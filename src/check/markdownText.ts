/**
 * What the content rules need from a Markdown body: its lines with code
 * blanked out (code may show HTML or braces as examples), its links, and any
 * raw HTML tags, each with the line it is on.
 */

export interface Located {
  /** The matched text. */
  text: string;
  /** The line of the file, counted from 1. */
  line: number;
}

/** The body with fenced code blocks and inline code replaced by spaces, line for line. */
export function proseLines(body: string): string[] {
  const lines = body.split(/\r?\n/);
  let fence: string | undefined;
  return lines.map((line) => {
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (opening && opening[1]![0] === fence[0] && opening[1]!.length >= fence.length && line.trim() === opening[1]) fence = undefined;
      return '';
    }
    if (opening) {
      fence = opening[1];
      return '';
    }
    return line.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (match) => ' '.repeat(match.length));
  });
}

function findAll(body: string, firstLine: number, pattern: RegExp, group = 0): Located[] {
  const found: Located[] = [];
  proseLines(body).forEach((line, index) => {
    for (const match of line.matchAll(pattern)) found.push({ text: match[group] ?? match[0], line: firstLine + index });
  });
  return found;
}

/** Link targets: `[text](target)`, `![alt](target)` and `<https://…>` autolinks. */
export function linksIn(body: string, firstLine: number): Located[] {
  return [
    ...findAll(body, firstLine, /\]\(\s*<?((?:[^\s()<>]|\([^\s()<>]*\))+)>?(?:\s+"[^"]*")?\s*\)/g, 1),
    ...findAll(body, firstLine, /<([a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>]+)>/g, 1),
    ...findAll(body, firstLine, /^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/g, 1),
  ].sort((a, b) => a.line - b.line);
}

/**
 * Raw HTML: an opening or closing tag, a comment, or a processing instruction.
 * `<https://…>` autolinks and `a < b` are not HTML.
 */
export const htmlTagPattern = /<\/?[A-Za-z][A-Za-z0-9-]*(?=[\s/>]|$)|<!--|<!\[CDATA\[|<![A-Za-z]|<\?/g;

export function htmlTagsIn(body: string, firstLine: number): Located[] {
  return findAll(body, firstLine, htmlTagPattern);
}
