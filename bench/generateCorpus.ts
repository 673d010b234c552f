/**
 * Builds a large content tree for benchmarks: a copy of the real `content/`
 * plus N generated procedures per locale, valid against the real procedure
 * schema and the content check (agency ids, related slugs and glossary ids
 * are taken from the real content). It never writes into `content/`.
 *
 * Shared by the search benchmark (bench/search.ts) and the site's
 * performance benchmark. Build the site over the result with
 * `CONTENT_DIR=<contentDir> npm run build`.
 *
 * CLI: node_modules/.bin/node bench/generateCorpus.ts <dir> <count> [locales, comma-separated]
 */
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

export interface GenerateCorpusOptions {
  /** Where to write; the content tree is written to `<dir>/content`. */
  dir: string;
  /** How many procedures to add per locale. */
  procedures: number;
  /** Locales to write procedures in. Vietnamese, the source, is always written. */
  locales: readonly string[];
}

const realContent = fileURLToPath(new URL('../content', import.meta.url));
const sourceLocale = 'vi';

type Words = Readonly<Record<string, string>>;

/** What a procedure acts on, in each language the generator knows. */
interface Subject {
  readonly key: string;
  readonly name: Words;
  readonly lifeEvent: string;
  readonly keywords: readonly string[];
}

const subjects: readonly Subject[] = [
  { key: 'work-permit', lifeEvent: 'working', keywords: ['GPLD', 'work permit', 'giay phep lao dong'], name: { vi: 'giấy phép lao động', en: 'work permit', ru: 'разрешение на работу', zh: '工作许可证', ko: '노동허가서' } },
  { key: 'residence-card', lifeEvent: 'arriving-and-staying', keywords: ['TRC', 'the tam tru'], name: { vi: 'thẻ tạm trú', en: 'temporary residence card', ru: 'карта временного проживания', zh: '暂住卡', ko: '임시거주증' } },
  { key: 'permanent-card', lifeEvent: 'arriving-and-staying', keywords: ['PRC', 'the thuong tru'], name: { vi: 'thẻ thường trú', en: 'permanent residence card', ru: 'карта постоянного проживания', zh: '永久居留卡', ko: '영주증' } },
  { key: 'visa', lifeEvent: 'arriving-and-staying', keywords: ['visa', 'thi thuc'], name: { vi: 'thị thực', en: 'visa', ru: 'виза', zh: '签证', ko: '비자' } },
  { key: 'stay-declaration', lifeEvent: 'arriving-and-staying', keywords: ['khai bao tam tru', 'registration'], name: { vi: 'khai báo tạm trú', en: 'temporary residence declaration', ru: 'регистрация временного пребывания', zh: '暂住申报', ko: '임시거주 신고' } },
  { key: 'criminal-record', lifeEvent: 'documents-and-certification', keywords: ['LLTP', 'police check'], name: { vi: 'phiếu lý lịch tư pháp', en: 'criminal record certificate', ru: 'справка о несудимости', zh: '无犯罪记录证明', ko: '범죄경력증명서' } },
  { key: 'marriage', lifeEvent: 'family', keywords: ['ket hon', 'marriage'], name: { vi: 'đăng ký kết hôn có yếu tố nước ngoài', en: 'marriage registration with a foreigner', ru: 'регистрация брака с иностранцем', zh: '涉外结婚登记', ko: '외국인 혼인 등록' } },
  { key: 'birth', lifeEvent: 'family', keywords: ['khai sinh', 'birth'], name: { vi: 'đăng ký khai sinh', en: 'birth registration', ru: 'регистрация рождения', zh: '出生登记', ko: '출생 등록' } },
  { key: 'death', lifeEvent: 'family', keywords: ['khai tu', 'death'], name: { vi: 'đăng ký khai tử', en: 'death registration', ru: 'регистрация смерти', zh: '死亡登记', ko: '사망 등록' } },
  { key: 'adoption', lifeEvent: 'family', keywords: ['nuoi con nuoi', 'adoption'], name: { vi: 'đăng ký nuôi con nuôi', en: 'adoption registration', ru: 'регистрация усыновления', zh: '收养登记', ko: '입양 등록' } },
  { key: 'guardianship', lifeEvent: 'family', keywords: ['giam ho', 'guardian'], name: { vi: 'đăng ký giám hộ', en: 'guardianship registration', ru: 'регистрация опеки', zh: '监护登记', ko: '후견 등록' } },
  { key: 'marital-status', lifeEvent: 'family', keywords: ['tinh trang hon nhan', 'single status'], name: { vi: 'giấy xác nhận tình trạng hôn nhân', en: 'certificate of marital status', ru: 'справка о семейном положении', zh: '婚姻状况证明', ko: '혼인관계 확인서' } },
  { key: 'driving-licence', lifeEvent: 'vehicles-and-driving', keywords: ['GPLX', 'bang lai', 'driving licence'], name: { vi: 'giấy phép lái xe', en: 'driving licence', ru: 'водительское удостоверение', zh: '驾驶证', ko: '운전면허증' } },
  { key: 'vehicle-registration', lifeEvent: 'vehicles-and-driving', keywords: ['dang ky xe', 'number plate'], name: { vi: 'đăng ký xe máy', en: 'motorbike registration', ru: 'регистрация мотоцикла', zh: '摩托车登记', ko: '오토바이 등록' } },
  { key: 'investment-certificate', lifeEvent: 'business-and-investment', keywords: ['IRC', 'dau tu'], name: { vi: 'giấy chứng nhận đăng ký đầu tư', en: 'investment registration certificate', ru: 'свидетельство о регистрации инвестиций', zh: '投资登记证', ko: '투자등록증' } },
  { key: 'enterprise-registration', lifeEvent: 'business-and-investment', keywords: ['ERC', 'doanh nghiep'], name: { vi: 'giấy chứng nhận đăng ký doanh nghiệp', en: 'enterprise registration certificate', ru: 'свидетельство о регистрации предприятия', zh: '企业登记证', ko: '기업등록증' } },
  { key: 'household-business', lifeEvent: 'business-and-investment', keywords: ['ho kinh doanh', 'shop'], name: { vi: 'đăng ký hộ kinh doanh', en: 'household business registration', ru: 'регистрация семейного предприятия', zh: '个体户登记', ko: '개인사업자 등록' } },
  { key: 'representative-office', lifeEvent: 'business-and-investment', keywords: ['van phong dai dien', 'rep office'], name: { vi: 'giấy phép thành lập văn phòng đại diện', en: 'representative office licence', ru: 'лицензия представительства', zh: '代表处设立许可', ko: '대표사무소 설립 허가' } },
  { key: 'certified-copy', lifeEvent: 'documents-and-certification', keywords: ['chung thuc', 'sao y', 'notarised copy'], name: { vi: 'chứng thực bản sao từ bản chính', en: 'certified copy of an original', ru: 'заверенная копия', zh: '副本认证', ko: '사본 인증' } },
  { key: 'signature', lifeEvent: 'documents-and-certification', keywords: ['chung thuc chu ky', 'signature'], name: { vi: 'chứng thực chữ ký', en: 'signature certification', ru: 'заверение подписи', zh: '签名认证', ko: '서명 인증' } },
  { key: 'translation', lifeEvent: 'documents-and-certification', keywords: ['ban dich', 'translation'], name: { vi: 'chứng thực chữ ký người dịch', en: 'translator signature certification', ru: 'заверение подписи переводчика', zh: '译者签名认证', ko: '번역자 서명 인증' } },
  { key: 'legalisation', lifeEvent: 'documents-and-certification', keywords: ['hop phap hoa', 'legalization'], name: { vi: 'hợp pháp hóa lãnh sự giấy tờ', en: 'consular legalisation of documents', ru: 'консульская легализация документов', zh: '文件领事认证', ko: '문서 영사 확인' } },
  { key: 'passport', lifeEvent: 'leaving', keywords: ['ho chieu', 'passport'], name: { vi: 'trình báo mất hộ chiếu', en: 'report of a lost passport', ru: 'заявление об утере паспорта', zh: '护照遗失报告', ko: '여권 분실 신고' } },
  { key: 'exit', lifeEvent: 'leaving', keywords: ['xuat canh', 'exit'], name: { vi: 'xác nhận xuất cảnh', en: 'exit confirmation', ru: 'подтверждение выезда', zh: '出境确认', ko: '출국 확인' } },
  { key: 'student', lifeEvent: 'studying', keywords: ['du hoc sinh', 'student'], name: { vi: 'xác nhận học sinh, sinh viên nước ngoài', en: 'confirmation for a foreign student', ru: 'подтверждение для иностранного студента', zh: '外国学生确认', ko: '외국인 학생 확인' } },
  { key: 'school-transfer', lifeEvent: 'studying', keywords: ['chuyen truong', 'school'], name: { vi: 'chuyển trường cho học sinh nước ngoài', en: 'school transfer for a foreign pupil', ru: 'перевод иностранного ученика в другую школу', zh: '外国学生转学', ko: '외국인 학생 전학' } },
  { key: 'degree-recognition', lifeEvent: 'studying', keywords: ['cong nhan van bang', 'diploma'], name: { vi: 'công nhận văn bằng do nước ngoài cấp', en: 'recognition of a foreign diploma', ru: 'признание иностранного диплома', zh: '外国学历认证', ko: '외국 학위 인정' } },
  { key: 'land-use', lifeEvent: 'business-and-investment', keywords: ['so do', 'land'], name: { vi: 'giấy chứng nhận quyền sử dụng đất', en: 'land use rights certificate', ru: 'свидетельство о праве землепользования', zh: '土地使用权证', ko: '토지사용권 증명서' } },
  { key: 'construction', lifeEvent: 'business-and-investment', keywords: ['giay phep xay dung', 'building permit'], name: { vi: 'giấy phép xây dựng', en: 'building permit', ru: 'разрешение на строительство', zh: '建筑许可证', ko: '건축허가' } },
  { key: 'food-safety', lifeEvent: 'business-and-investment', keywords: ['ATTP', 'food safety'], name: { vi: 'giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', en: 'food safety certificate', ru: 'сертификат безопасности пищевых продуктов', zh: '食品安全合格证', ko: '식품안전 인증서' } },
];

/** What is done to the subject. `{s}` stands for the subject's name. */
const actions: readonly Words[] = [
  { vi: 'Cấp {s}', en: 'Issue of {s}', ru: 'Выдача: {s}', zh: '签发{s}', ko: '{s} 발급' },
  { vi: 'Cấp lại {s}', en: 'Reissue of {s}', ru: 'Повторная выдача: {s}', zh: '补发{s}', ko: '{s} 재발급' },
  { vi: 'Gia hạn {s}', en: 'Extension of {s}', ru: 'Продление: {s}', zh: '延期{s}', ko: '{s} 연장' },
  { vi: 'Điều chỉnh nội dung {s}', en: 'Correction of {s}', ru: 'Исправление: {s}', zh: '更正{s}', ko: '{s} 정정' },
  { vi: 'Xác nhận {s}', en: 'Confirmation of {s}', ru: 'Подтверждение: {s}', zh: '确认{s}', ko: '{s} 확인' },
  { vi: 'Thu hồi {s}', en: 'Withdrawal of {s}', ru: 'Отзыв: {s}', zh: '注销{s}', ko: '{s} 취소' },
  { vi: 'Chuyển đổi {s}', en: 'Conversion of {s}', ru: 'Замена: {s}', zh: '转换{s}', ko: '{s} 전환' },
  { vi: 'Trích lục {s}', en: 'Extract of {s}', ru: 'Выписка: {s}', zh: '摘录{s}', ko: '{s} 발췌' },
];

/** Who it is for or where it is done; makes titles distinct. */
const qualifiers: readonly Words[] = [
  { vi: 'cho người nước ngoài', en: 'for foreigners', ru: 'для иностранцев', zh: '（外国人）', ko: '(외국인)' },
  { vi: 'tại cấp tỉnh', en: 'at province level', ru: 'на уровне провинции', zh: '（省级）', ko: '(성급)' },
  { vi: 'tại cấp xã', en: 'at commune level', ru: 'на уровне коммуны', zh: '（乡级）', ko: '(사급)' },
  { vi: 'cho người Việt Nam định cư ở nước ngoài', en: 'for overseas Vietnamese', ru: 'для вьетнамцев за рубежом', zh: '（海外越南人）', ko: '(해외 거주 베트남인)' },
  { vi: 'trong khu kinh tế Vân Phong', en: 'in the Vân Phong economic zone', ru: 'в экономической зоне Ванфонг', zh: '（云峰经济区）', ko: '(반퐁 경제특구)' },
  { vi: 'trực tuyến', en: 'online', ru: 'онлайн', zh: '（网上办理）', ko: '(온라인)' },
  { vi: 'qua dịch vụ bưu chính', en: 'by post', ru: 'по почте', zh: '（邮寄办理）', ko: '(우편)' },
  { vi: 'cho doanh nghiệp có vốn đầu tư nước ngoài', en: 'for foreign-invested companies', ru: 'для предприятий с иностранными инвестициями', zh: '（外资企业）', ko: '(외국인 투자 기업)' },
  { vi: 'trường hợp bị mất, hỏng', en: 'when lost or damaged', ru: 'при утере или порче', zh: '（遗失或损坏）', ko: '(분실 또는 훼손 시)' },
  { vi: 'theo thủ tục rút gọn', en: 'by the short procedure', ru: 'по упрощённой процедуре', zh: '（简易程序）', ko: '(간이 절차)' },
];

const documents: readonly { vi: string; name: Words; form: string }[] = [
  { vi: 'Tờ khai theo mẫu', name: { en: 'Application form', ru: 'Заявление по форме', zh: '申请表', ko: '신청서' }, form: 'original' },
  { vi: 'Hộ chiếu', name: { en: 'Passport', ru: 'Паспорт', zh: '护照', ko: '여권' }, form: 'original' },
  { vi: 'Ảnh cỡ 4x6 cm', name: { en: 'Photos, 4 × 6 cm', ru: 'Фотографии 4 × 6 см', zh: '4×6厘米照片', ko: '4×6cm 사진' }, form: 'original' },
  { vi: 'Giấy chứng nhận sức khỏe', name: { en: 'Health certificate', ru: 'Медицинская справка', zh: '健康证明', ko: '건강진단서' }, form: 'original' },
  { vi: 'Phiếu lý lịch tư pháp', name: { en: 'Criminal record certificate', ru: 'Справка о несудимости', zh: '无犯罪记录证明', ko: '범죄경력증명서' }, form: 'original' },
  { vi: 'Văn bản đề nghị của cơ quan, tổ chức bảo lãnh', name: { en: 'Sponsor’s request letter', ru: 'Письмо принимающей организации', zh: '担保单位申请函', ko: '초청 기관의 신청서' }, form: 'original' },
  { vi: 'Giấy tờ chứng minh nơi cư trú', name: { en: 'Proof of address', ru: 'Подтверждение адреса', zh: '住址证明', ko: '거주지 증명서' }, form: 'original-or-copy' },
  { vi: 'Bản sao giấy chứng nhận đăng ký doanh nghiệp', name: { en: 'Copy of the company registration certificate', ru: 'Копия свидетельства о регистрации компании', zh: '企业登记证副本', ko: '기업등록증 사본' }, form: 'certified-copy' },
  { vi: 'Bản dịch có chứng thực sang tiếng Việt', name: { en: 'Certified Vietnamese translation', ru: 'Заверенный перевод на вьетнамский', zh: '经认证的越南语译文', ko: '인증된 베트남어 번역본' }, form: 'certified-copy' },
  { vi: 'Giấy tờ đã được cấp trước đây', name: { en: 'The document issued before', ru: 'Ранее выданный документ', zh: '原证件', ko: '이전에 발급된 서류' }, form: 'original' },
];

const stepTemplates: readonly Words[] = [
  { vi: 'Chuẩn bị giấy tờ theo danh sách.', en: 'Prepare the documents on the list.', ru: 'Подготовьте документы по списку.', zh: '按清单准备材料。', ko: '목록에 따라 서류를 준비합니다.' },
  { vi: 'Nộp hồ sơ trực tuyến hoặc tại Bộ phận Một cửa.', en: 'Submit the dossier online or at the one-stop desk.', ru: 'Подайте документы онлайн или в окне «одного окна».', zh: '网上或在一站式窗口提交材料。', ko: '온라인 또는 원스톱 창구에 서류를 제출합니다.' },
  { vi: 'Nộp lệ phí và giữ biên lai.', en: 'Pay the fee and keep the receipt.', ru: 'Оплатите сбор и сохраните квитанцию.', zh: '缴费并保留收据。', ko: '수수료를 내고 영수증을 보관합니다.' },
  { vi: 'Theo dõi hồ sơ bằng mã hồ sơ.', en: 'Track the dossier with its code.', ru: 'Следите за заявлением по его коду.', zh: '用材料编号查询进度。', ko: '접수 번호로 진행 상황을 확인합니다.' },
  { vi: 'Nhận kết quả tại nơi nộp hoặc qua bưu điện.', en: 'Collect the result where you submitted or by post.', ru: 'Получите результат на месте или по почте.', zh: '在提交处或通过邮寄领取结果。', ko: '제출한 곳이나 우편으로 결과를 받습니다.' },
];

const texts: Readonly<Record<string, Words>> = {
  description: { vi: 'Thủ tục {t}. Dữ liệu sinh tự động để đo hiệu năng, không phải thủ tục thật.', en: 'The procedure “{t}”. Generated for benchmarks; not a real procedure.', ru: 'Процедура «{t}». Создана для замеров, не настоящая процедура.', zh: '办理“{t}”。为性能测试生成，并非真实手续。', ko: '“{t}” 절차입니다. 성능 측정을 위해 생성된 것으로 실제 절차가 아닙니다.' },
  audience: { vi: 'Người nước ngoài sống hoặc làm việc tại tỉnh.', en: 'Foreigners who live or work in the province.', ru: 'Иностранцы, живущие или работающие в провинции.', zh: '在本省居住或工作的外国人。', ko: '성에 거주하거나 일하는 외국인.' },
  note: { vi: 'Mang theo bản chính để đối chiếu.', en: 'Bring the original so the officer can compare.', ru: 'Возьмите оригинал для сверки.', zh: '请携带原件以便核对。', ko: '대조를 위해 원본을 가져오세요.' },
  body: { vi: 'Trang này được sinh tự động cho phép đo hiệu năng. Hãy kiểm tra thủ tục thật trên danh mục chính thức.', en: 'This page was generated for a benchmark. Check real procedures on the official listing.', ru: 'Эта страница создана для замеров. Настоящие процедуры смотрите в официальном перечне.', zh: '本页为性能测试自动生成。真实手续请查看官方目录。', ko: '이 페이지는 성능 측정을 위해 생성되었습니다. 실제 절차는 공식 목록에서 확인하세요.' },
};

/** Text in the locale, English where the generator has no words for it. */
function inLocale(words: Words, locale: string): string {
  return words[locale] ?? words['en'] ?? words[sourceLocale] ?? '';
}

/** A small deterministic generator, so every run writes the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)] as T;
}

function titleOf(locale: string, subject: Subject, action: Words, qualifier: Words): string {
  const name = inLocale(subject.name, locale);
  const joiner = locale === 'zh' ? '' : ' ';
  return `${inLocale(action, locale).replace('{s}', name)}${joiner}${inLocale(qualifier, locale)}`;
}

async function agencyIds(contentDir: string): Promise<string[]> {
  const facts = parseYaml(await readFile(join(contentDir, 'facts.yaml'), 'utf8')) as Record<string, { kind?: string }>;
  return Object.entries(facts)
    .filter(([, fact]) => fact?.kind === 'agency')
    .map(([id]) => id);
}

async function slugsIn(folder: string, extension: string): Promise<string[]> {
  try {
    return (await readdir(folder)).filter((f) => f.endsWith(extension)).map((f) => f.slice(0, -extension.length));
  } catch {
    return [];
  }
}

export async function generateCorpus(options: GenerateCorpusOptions): Promise<{ contentDir: string }> {
  const contentDir = join(options.dir, 'content');
  if (contentDir === realContent) throw new Error('generateCorpus never writes into content/');
  await mkdir(options.dir, { recursive: true });
  await cp(realContent, contentDir, { recursive: true });

  const agencies = await agencyIds(contentDir);
  if (agencies.length === 0) throw new Error('content/facts.yaml has no agency fact to submit to');
  const realProcedures = await slugsIn(join(contentDir, 'procedures', sourceLocale), '.md');
  const glossaryIds = await slugsIn(join(contentDir, 'glossary', sourceLocale), '.yaml');
  const locales = [sourceLocale, ...options.locales.filter((l) => l !== sourceLocale)];

  const combinations = subjects.length * actions.length * qualifiers.length;
  for (const locale of locales) await mkdir(join(contentDir, 'procedures', locale), { recursive: true });

  for (let i = 0; i < options.procedures; i += 1) {
    const next = random(i + 1);
    // Walk every subject × action × qualifier combination once before any repeats.
    const combo = (i * 7919) % combinations;
    const subject = subjects[combo % subjects.length] as Subject;
    const action = actions[Math.floor(combo / subjects.length) % actions.length] as Words;
    const qualifier = qualifiers[Math.floor(combo / (subjects.length * actions.length)) % qualifiers.length] as Words;
    const repeat = Math.floor(i / combinations);
    const suffix = repeat > 0 ? ` (${repeat + 1})` : '';
    const slug = `generated-${String(i + 1).padStart(4, '0')}-${subject.key}`;
    const officialName = `${titleOf(sourceLocale, subject, action, qualifier)}${suffix}`;
    const chosenDocs = [...documents].sort(() => next() - 0.5).slice(0, 2 + Math.floor(next() * 4));
    const steps = stepTemplates.slice(0, 3 + Math.floor(next() * 3));
    const related = [pick(realProcedures, next)].filter((s): s is string => typeof s === 'string');
    const glossary = [pick(glossaryIds, next)].filter((s): s is string => typeof s === 'string');
    const submitTo = pick(agencies, next);
    const level = pick(['full', 'partial', 'none', 'unknown'] as const, next);

    for (const locale of locales) {
      const title = locale === sourceLocale ? officialName : `${titleOf(locale, subject, action, qualifier)}${suffix}`;
      const data = {
        title,
        officialName,
        description: inLocale(texts['description'] as Words, locale).replace('{t}', title),
        audience: inLocale(texts['audience'] as Words, locale),
        lifeEvent: subject.lifeEvent,
        documents: chosenDocs.map((doc, d) => ({
          name: locale === sourceLocale ? doc.vi : inLocale(doc.name, locale),
          nameVi: doc.vi,
          form: doc.form,
          ...(d === 0 ? { note: inLocale(texts['note'] as Words, locale) } : {}),
        })),
        steps: steps.map((step) => inLocale(step, locale)),
        submitTo,
        online: { level },
        related,
        glossary,
        keywords: [...subject.keywords, inLocale(subject.name, 'en')],
        sources: [{ title: 'Generated benchmark data (bench/generateCorpus.ts), not a real procedure' }],
        reviewed: '2026-11-25',
      };
      const file = `---\n${stringifyYaml(data, { lineWidth: 0 })}---\n\n${inLocale(texts['body'] as Words, locale)}\n`;
      await writeFile(join(contentDir, 'procedures', locale, `${slug}.md`), file);
    }
  }
  return { contentDir };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [dir, count, localeList] = process.argv.slice(2);
  if (!dir || !count || !/^\d+$/.test(count)) {
    console.error('usage: node_modules/.bin/node bench/generateCorpus.ts <dir> <count> [vi,en,...]');
    process.exit(2);
  }
  const locales = localeList ? localeList.split(',') : ['vi', 'en', 'ru', 'zh', 'ko'];
  const { contentDir } = await generateCorpus({ dir, procedures: Number(count), locales });
  console.log(`${count} procedures per locale (${locales.join(', ')}) written under ${contentDir}`);
}
