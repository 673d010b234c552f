import { localeCodes, sourceLocale } from '../i18n/locales';

/**
 * What a field expects, in both languages of the check's messages. The
 * schemas hand zod the English (`expected(…)`, so Astro and zod read well
 * too); the check (src/check/rules/schemaRule.ts) prints it beside the
 * Vietnamese it finds here. A schema's own message is always one of these,
 * so no Vietnamese line of `npm run check` falls back to English.
 */
export const expectations = {
  sentence: { en: 'a sentence of at least 10 characters', vi: 'một câu dài ít nhất 10 ký tự' },
  httpsAddress: { en: 'an https:// web address', vi: 'một địa chỉ web bắt đầu bằng https://' },
  browserAddress: {
    en: 'an address written as a browser reads it: no spaces, quotes or < > (write a space as %20)',
    vi: 'địa chỉ viết đúng như trình duyệt đọc: không có dấu cách, dấu nháy hay < > (viết dấu cách là %20)',
  },
  email: { en: 'an e-mail address', vi: 'một địa chỉ e-mail' },
  emailOrTracker: {
    en: 'an e-mail address or an https:// address of an issue tracker',
    vi: 'một địa chỉ e-mail, hoặc địa chỉ https:// của nơi tiếp nhận báo lỗi',
  },
  phoneNumber: {
    en: 'an international number such as "+84 258 3822 222", or a toll-free line such as "1800 1096"',
    vi: 'số điện thoại dạng quốc tế như "+84 258 3822 222", hoặc số miễn phí như "1800 1096"',
  },
  domainName: {
    en: 'a domain name such as "gov.vn", without https:// or a path',
    vi: 'một tên miền như "gov.vn", không có https:// và đường dẫn',
  },
  oneDomain: { en: 'at least one domain', vi: 'ít nhất một tên miền' },
  date: { en: 'a date written as YYYY-MM-DD', vi: 'một ngày viết dạng NĂM-THÁNG-NGÀY (YYYY-MM-DD)' },
  untilAfterDate: { en: '`until` to be the same day as `date` or later', vi: '`until` là cùng ngày với `date` hoặc sau đó' },
  clockTime: { en: 'a time written as HH:MM, 24-hour', vi: 'giờ viết dạng GG:PP, theo 24 giờ (ví dụ 13:30)' },
  sourceText: {
    en: `the ${sourceLocale} text (the source language) to be given`,
    vi: `có văn bản ${sourceLocale} (ngôn ngữ gốc)`,
  },
  languageCodes: { en: `only these language codes: ${localeCodes.join(', ')}`, vi: `chỉ các mã ngôn ngữ: ${localeCodes.join(', ')}` },
  oneSource: { en: 'at least one source', vi: 'ít nhất một nguồn' },
  procedureCode: { en: 'a code such as "1.001234"', vi: 'mã thủ tục dạng "1.001234"' },
  oneDocument: { en: 'at least one document', vi: 'ít nhất một giấy tờ' },
  oneStep: { en: 'at least one step', vi: 'ít nhất một bước' },
  twoSteps: { en: 'at least two steps', vi: 'ít nhất hai bước' },
  stepTarget: {
    en: 'a procedure slug or, for a step done elsewhere, a title',
    vi: 'tên tệp (slug) của một thủ tục, hoặc một tiêu đề nếu bước này làm ở nơi khác',
  },
  journeySteps: {
    en: "the journey's steps (a page whose view is journey needs them)",
    vi: 'các bước của hành trình (trang có view là journey cần có)',
  },
  serviceFields: {
    en: 'the service fields (a page whose view is service needs them)',
    vi: 'các trường của dịch vụ (trang có view là service cần có)',
  },
  twoTerms: { en: 'at least two terms that mean the same', vi: 'ít nhất hai từ cùng nghĩa' },
  percent: { en: 'a percentage from 0 to 100', vi: 'một tỉ lệ phần trăm từ 0 đến 100' },
  targetOrder: { en: 'targetMax to be at least targetMin', vi: 'targetMax lớn hơn hoặc bằng targetMin' },
  rankTogether: {
    en: 'rank and rankOf together (for example rank: 10, rankOf: 63)',
    vi: 'rank và rankOf đi cùng nhau (ví dụ rank: 10, rankOf: 63)',
  },
} satisfies Record<string, { en: string; vi: string }>;

export type Expectation = keyof typeof expectations;

const prefix = 'expected ';

/** The message a schema gives zod: "expected " and the English. */
export function expected(key: Expectation): string {
  return `${prefix}${expectations[key].en}`;
}

const byMessage = new Map<string, { en: string; vi: string }>(Object.keys(expectations).map((key) => [expected(key as Expectation), expectations[key as Expectation]]));

/** Both languages of a schema's own message, or undefined for zod's own words. */
export function expectationOf(message: string): { en: string; vi: string } | undefined {
  return byMessage.get(message);
}
