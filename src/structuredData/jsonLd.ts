/**
 * Serialises schema.org data for a `<script type="application/ld+json">`
 * element. `<` is escaped so no content can close the element early.
 */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
