import type { ExpectedQuery } from './querySet';

/** How Korean speakers in Khánh Hòa type: everyday words (거주증, 워크퍼밋, 비자 연장), partial words (Korean search matches substrings), words without spaces, Vietnamese without tones, English abbreviations. */
export const queries: readonly ExpectedQuery[] = [
  // Temporary residence card
  { query: '임시거주증', expect: 'handbook/temporary-residence-card' },
  { query: '거주증', expect: 'handbook/temporary-residence-card', why: 'partial word' },
  { query: '체류증', expect: 'handbook/temporary-residence-card', why: 'everyday name' },
  { query: '레지던스 카드', expect: 'handbook/temporary-residence-card', why: 'loanword' },
  { query: 'TRC', expect: 'handbook/temporary-residence-card', why: 'English abbreviation' },
  { query: 'the tam tru', expect: 'handbook/temporary-residence-card', why: 'Vietnamese without tones' },
  // Temporary residence declaration
  { query: '임시거주 신고', expect: 'handbook/temporary-residence-declaration' },
  { query: '거주지 신고', expect: 'handbook/temporary-residence-declaration', why: 'everyday word' },
  { query: '숙소 신고', expect: 'handbook/temporary-residence-declaration', why: 'everyday word' },
  { query: 'khai bao tam tru', expect: 'handbook/temporary-residence-declaration', why: 'Vietnamese without tones' },
  // Visa extension
  { query: '비자 연장', expect: 'handbook/visa-extension' },
  { query: '비자연장', expect: 'handbook/visa-extension', why: 'no space' },
  { query: '체류 연장', expect: 'handbook/visa-extension', why: 'everyday word' },
  { query: 'gia han visa', expect: 'handbook/visa-extension', why: 'Vietnamese without tones' },
  // Permanent residence
  { query: '영주증', expect: 'handbook/permanent-residence-card' },
  { query: '영주권', expect: 'handbook/permanent-residence-card', why: 'everyday name' },
  // Work
  { query: '노동허가서', expect: 'handbook/work-permit' },
  { query: '워크퍼밋', expect: 'handbook/work-permit', why: 'loanword' },
  { query: '취업허가', expect: 'handbook/work-permit', why: 'everyday name' },
  { query: 'giay phep lao dong', expect: 'handbook/work-permit', why: 'Vietnamese without tones' },
  { query: '노동허가 면제', expect: 'handbook/work-permit-exemption' },
  // Documents
  { query: '범죄경력증명서', expect: 'handbook/criminal-record-certificate' },
  { query: '범죄경력', expect: 'handbook/criminal-record-certificate', why: 'partial word' },
  { query: '무범죄 증명서', expect: 'handbook/criminal-record-certificate', why: 'everyday name' },
  { query: '영사 인증', expect: 'handbook/consular-legalisation' },
  { query: '아포스티유', expect: 'handbook/consular-legalisation', why: 'related word' },
  { query: '사본 인증', expect: 'handbook/certified-copy' },
  { query: 'sao y ban chinh', expect: 'handbook/certified-copy', why: 'Vietnamese without tones' },
  // Family
  { query: '혼인신고', expect: 'handbook/marriage-registration', why: 'no space' },
  { query: '국제결혼', expect: 'handbook/marriage-registration', why: 'everyday word' },
  { query: 'dang ky ket hon', expect: 'handbook/marriage-registration', why: 'Vietnamese without tones' },
  { query: '출생신고', expect: 'handbook/birth-registration', why: 'no space' },
  { query: '사망신고', expect: 'handbook/death-registration', why: 'no space' },
  // Passport, driving, business
  { query: '여권 분실', expect: 'handbook/passport-loss-report' },
  { query: '여권 도난', expect: 'handbook/passport-loss-report', why: 'a situation' },
  { query: 'mat ho chieu', expect: 'handbook/passport-loss-report', why: 'Vietnamese without tones' },
  { query: '운전면허증 교환', expect: 'handbook/driving-licence-conversion' },
  { query: '운전면허', expect: 'handbook/driving-licence-conversion', why: 'partial word' },
  { query: '회사 설립', expect: 'handbook/investment-registration', why: 'a situation' },
  { query: '투자등록증', expect: 'handbook/investment-registration', why: 'partial word' },
  // Help pages
  { query: '핫라인', expect: 'hotlines' },
  { query: '우편', expect: 'postal-service' },
  { query: '우체국', expect: 'postal-service', why: 'everyday word' },
  { query: 'VNeID', expect: 'how-to-use' },
  { query: '행정 용어', expect: 'glossary' },
];
