/**
 * Raw HTML inside a field's plain text (a title, a step): an opening or
 * closing tag, a comment, or a processing instruction. Fields are plain text
 * shown escaped; a tag in one is a mistake worth naming. `a < b` is not HTML.
 */
export const htmlTagPattern = /<\/?[A-Za-z][A-Za-z0-9-]*(?=[\s/>]|$)|<!--|<!\[CDATA\[|<![A-Za-z]|<\?/;
