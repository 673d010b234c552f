import type { Locale } from '../i18n/locales';
import type { Fact } from '../schemas/fact';
import { escapeHtml } from './escapeHtml';
export { factIdsIn, factTokenPattern } from '../model/factTokens';
import { type TextInLanguage, pickLocalized } from './localized';

/**
 * Facts are written once in `content/facts.yaml` and referred to from Markdown
 * as `{{fact-id}}` (the fact itself: a link for addresses, phones and e-mail)
 * or `{{fact-id.name}}` (its name in the reader's language).
 */
export type FactTable = ReadonlyMap<string, Fact>;


export class UnknownFactError extends Error {
  constructor(
    readonly file: string,
    readonly factId: string,
  ) {
    super(`${file} — {{${factId}}} — unknown fact id — expected an id defined in content/facts.yaml`);
    this.name = 'UnknownFactError';
  }
}

/** The digits of a number, for a `tel:` link: "+84 258 3822 222" → "+842583822222", "1800 1096" → "18001096". */
export function telHref(international: string): string {
  return `tel:${international.replace(/[^\d+]/g, '')}`;
}

/** A phone number as printed: non-breaking spaces, so the number never wraps across lines. */
export function phoneText(international: string): string {
  return international.replaceAll(' ', '\u00a0');
}

/** A web address without its scheme and trailing slash, as people read it aloud. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/** Wraps text in a `lang` span when it is not in the reader's language. */
export function textHtml(value: TextInLanguage): string {
  const escaped = escapeHtml(value.text);
  return value.isFallback ? `<span lang="${value.lang}">${escaped}</span>` : escaped;
}

/** The HTML a fact stands for when written as `{{id}}`. */
export function factHtml(fact: Fact, locale: Locale): string {
  switch (fact.kind) {
    case 'url':
      return `<a href="${escapeHtml(fact.value)}">${escapeHtml(displayUrl(fact.value))}</a>`;
    case 'channel':
      return `<a href="${escapeHtml(fact.value)}">${textHtml(pickLocalized(fact.name, locale))}</a>`;
    case 'phone':
      return `<a href="${escapeHtml(telHref(fact.value))}" class="app-phone">${escapeHtml(phoneText(fact.value))}</a>`;
    case 'email':
      return `<a href="mailto:${escapeHtml(fact.value)}">${escapeHtml(fact.value)}</a>`;
    case 'text':
      return textHtml(pickLocalized(fact.value, locale));
    case 'agency':
      return textHtml(pickLocalized(fact.name, locale));
  }
}


