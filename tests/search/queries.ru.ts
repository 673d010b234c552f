import type { ExpectedQuery } from './querySet';

/** How Russian speakers in Khánh Hòa type: everyday words (ВНЖ, права), typos, Latin transliteration, Vietnamese without tones. */
export const queries: readonly ExpectedQuery[] = [
  // Temporary residence card
  { query: 'ВНЖ', expect: 'handbook/temporary-residence-card', why: 'everyday abbreviation for the card' },
  { query: 'внж', expect: 'handbook/temporary-residence-card', why: 'abbreviation, lower case' },
  { query: 'карта временного проживания', expect: 'handbook/temporary-residence-card' },
  { query: 'карта временого проживания', expect: 'handbook/temporary-residence-card', why: 'typo' },
  { query: 'TRC', expect: 'handbook/temporary-residence-card', why: 'English abbreviation' },
  { query: 'the tam tru', expect: 'handbook/temporary-residence-card', why: 'Vietnamese without tones' },
  // Temporary residence declaration
  { query: 'регистрация по месту пребывания', expect: 'handbook/temporary-residence-declaration' },
  { query: 'регистрация в полиции', expect: 'handbook/temporary-residence-declaration' },
  { query: 'прописка', expect: 'handbook/temporary-residence-declaration', why: 'colloquial word' },
  // Visa extension
  { query: 'продление визы', expect: 'handbook/visa-extension' },
  { query: 'продлить визу', expect: 'handbook/visa-extension', why: 'verb form' },
  { query: 'gia han visa', expect: 'handbook/visa-extension', why: 'Vietnamese without tones' },
  // Permanent residence
  { query: 'ПМЖ', expect: 'handbook/permanent-residence-card', why: 'abbreviation' },
  { query: 'постоянное проживание', expect: 'handbook/permanent-residence-card' },
  // Work
  { query: 'разрешение на работу', expect: 'handbook/work-permit' },
  { query: 'ворк пермит', expect: 'handbook/work-permit', why: 'English term in Cyrillic' },
  { query: 'razreshenie na rabotu', expect: 'handbook/work-permit', why: 'Latin transliteration' },
  { query: 'освобождение от разрешения на работу', expect: 'handbook/work-permit-exemption' },
  // Documents
  { query: 'справка о несудимости', expect: 'handbook/criminal-record-certificate' },
  { query: 'справка о несудимасти', expect: 'handbook/criminal-record-certificate', why: 'typo' },
  { query: 'апостиль', expect: 'handbook/consular-legalisation' },
  { query: 'легализация документов', expect: 'handbook/consular-legalisation' },
  { query: 'заверенная копия', expect: 'handbook/certified-copy' },
  { query: 'нотариус', expect: 'handbook/certified-copy' },
  // Family
  { query: 'регистрация брака', expect: 'handbook/marriage-registration' },
  { query: 'брак с вьетнамкой', expect: 'handbook/marriage-registration' },
  { query: 'dang ky ket hon', expect: 'handbook/marriage-registration', why: 'Vietnamese without tones' },
  { query: 'свидетельство о рождении', expect: 'handbook/birth-registration' },
  { query: 'свидетельство о смерти', expect: 'handbook/death-registration' },
  // Passport, driving, business
  { query: 'потерял паспорт', expect: 'handbook/passport-loss-report' },
  { query: 'украли паспорт', expect: 'handbook/passport-loss-report' },
  { query: 'mat ho chieu', expect: 'handbook/passport-loss-report', why: 'Vietnamese without tones' },
  { query: 'водительские права', expect: 'handbook/driving-licence-conversion' },
  { query: 'замена прав', expect: 'handbook/driving-licence-conversion' },
  { query: 'открыть компанию во Вьетнаме', expect: 'handbook/investment-registration' },
  // Help pages
  { query: 'горячая линия', expect: 'hotlines' },
  { query: 'куда позвонить', expect: 'hotlines', why: 'a question' },
  { query: 'отправить документы по почте', expect: 'postal-service' },
  { query: 'VNeID', expect: 'how-to-use' },
  { query: 'глоссарий', expect: 'glossary' },
];
