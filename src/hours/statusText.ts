import type { OpeningStatus } from './openingStatus';

/** The sentences a status is written with, from the UI strings; `{{time}}` and `{{day}}` are filled in. */
export interface StatusSentences {
  /** "Open now – closes at {{time}}" */
  open: string;
  /** "Closed now – opens today at {{time}}" */
  opensToday: string;
  /** "Closed now – opens tomorrow at {{time}}" */
  opensTomorrow: string;
  /** "Closed now – opens on {{day}} at {{time}}" */
  opensLater: string;
  /** "Closed now" */
  closed: string;
}

/** The name of a weekday in a language, for a YYYY-MM-DD day. */
export function weekdayName(date: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

function fill(sentence: string, values: Record<string, string>): string {
  return sentence.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => values[key] ?? whole);
}

/** One sentence saying whether a place is open now and when that changes, in the reader's language. */
export function statusSentence(status: OpeningStatus, sentences: StatusSentences, lang: string): string {
  if (status.open) return fill(sentences.open, { time: status.closes });
  const next = status.next;
  if (!next) return sentences.closed;
  const template = next.daysAhead === 0 ? sentences.opensToday : next.daysAhead === 1 ? sentences.opensTomorrow : sentences.opensLater;
  return fill(template, { time: next.opens, day: weekdayName(next.date, lang) });
}
