import type { TFunction } from 'i18next';

const marker = '\u0001';

/**
 * Splits a translated sentence around one placeholder, so a component can put
 * markup (a link, a `lang` span) where the placeholder stands:
 * "Managed by: {{agency}}" → ["Managed by: ", ""].
 */
export function translationParts(t: TFunction, key: string, placeholder: string, values: Record<string, unknown> = {}): [string, string] {
  const sentence = t(key, { ...values, [placeholder]: marker });
  const index = sentence.indexOf(marker);
  if (index === -1) return [sentence, ''];
  return [sentence.slice(0, index), sentence.slice(index + marker.length)];
}
