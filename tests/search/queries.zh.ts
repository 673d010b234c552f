import type { ExpectedQuery } from './querySet';

/** How Chinese speakers in Khánh Hòa type: everyday words (居留卡, 工签, 续签), partial words (Chinese search matches substrings), Vietnamese without tones, English abbreviations. */
export const queries: readonly ExpectedQuery[] = [
  // Temporary residence card
  { query: '临时居留卡', expect: 'handbook/temporary-residence-card' },
  { query: '居留卡', expect: 'handbook/temporary-residence-card', why: 'partial word' },
  { query: '暂住卡', expect: 'handbook/temporary-residence-card', why: 'everyday name' },
  { query: '越南居留证', expect: 'handbook/temporary-residence-card', why: 'everyday name' },
  { query: 'TRC', expect: 'handbook/temporary-residence-card', why: 'English abbreviation' },
  { query: 'the tam tru', expect: 'handbook/temporary-residence-card', why: 'Vietnamese without tones' },
  // Temporary residence declaration
  { query: '暂住申报', expect: 'handbook/temporary-residence-declaration' },
  { query: '住宿登记', expect: 'handbook/temporary-residence-declaration', why: 'everyday word' },
  { query: '派出所登记', expect: 'handbook/temporary-residence-declaration', why: 'everyday word' },
  { query: 'khai bao tam tru', expect: 'handbook/temporary-residence-declaration', why: 'Vietnamese without tones' },
  // Visa extension
  { query: '签证延期', expect: 'handbook/visa-extension' },
  { query: '续签', expect: 'handbook/visa-extension', why: 'colloquial word' },
  { query: '延签', expect: 'handbook/visa-extension', why: 'colloquial abbreviation' },
  { query: 'gia han visa', expect: 'handbook/visa-extension', why: 'Vietnamese without tones' },
  // Permanent residence
  { query: '永久居留', expect: 'handbook/permanent-residence-card', why: 'partial word' },
  { query: '越南绿卡', expect: 'handbook/permanent-residence-card', why: 'colloquial name' },
  // Work
  { query: '工作许可证', expect: 'handbook/work-permit' },
  { query: '工签', expect: 'handbook/work-permit', why: 'colloquial abbreviation' },
  { query: '劳动证', expect: 'handbook/work-permit', why: 'colloquial name' },
  { query: 'giay phep lao dong', expect: 'handbook/work-permit', why: 'Vietnamese without tones' },
  { query: '免办工作许可', expect: 'handbook/work-permit-exemption', why: 'partial phrase' },
  // Documents
  { query: '无犯罪记录证明', expect: 'handbook/criminal-record-certificate' },
  { query: '无犯罪', expect: 'handbook/criminal-record-certificate', why: 'partial word' },
  { query: '良民证', expect: 'handbook/criminal-record-certificate', why: 'colloquial name' },
  { query: '领事认证', expect: 'handbook/consular-legalisation' },
  { query: '使馆认证', expect: 'handbook/consular-legalisation', why: 'everyday name' },
  { query: '复印件认证', expect: 'handbook/certified-copy' },
  { query: 'sao y ban chinh', expect: 'handbook/certified-copy', why: 'Vietnamese without tones' },
  // Family
  { query: '结婚登记', expect: 'handbook/marriage-registration' },
  { query: '和越南人结婚', expect: 'handbook/marriage-registration', why: 'a situation' },
  { query: 'dang ky ket hon', expect: 'handbook/marriage-registration', why: 'Vietnamese without tones' },
  { query: '出生证', expect: 'handbook/birth-registration', why: 'partial word' },
  { query: '死亡登记', expect: 'handbook/death-registration' },
  // Passport, driving, business
  { query: '护照丢了', expect: 'handbook/passport-loss-report', why: 'a situation' },
  { query: '护照被偷', expect: 'handbook/passport-loss-report', why: 'a situation' },
  { query: 'mat ho chieu', expect: 'handbook/passport-loss-report', why: 'Vietnamese without tones' },
  { query: '换驾照', expect: 'handbook/driving-licence-conversion', why: 'everyday phrase' },
  { query: '驾照', expect: 'handbook/driving-licence-conversion', why: 'partial word' },
  { query: '在越南开公司', expect: 'handbook/investment-registration', why: 'a situation' },
  // Help pages
  { query: '热线', expect: 'hotlines' },
  { query: '邮寄材料', expect: 'postal-service' },
  { query: '邮局', expect: 'postal-service', why: 'partial word' },
  { query: 'VNeID', expect: 'how-to-use' },
  { query: '行政术语', expect: 'glossary' },
];
