/**
 * `npm run new -- procedure "<Vietnamese title>"` or `npm run new -- page "<title>"`:
 * creates the Vietnamese source file from a template with every field present
 * and explained, then lists what is still to fill in (the content check's
 * messages for the new file). Reads CONTENT_DIR (default ./content).
 *
 * The file name is one path segment of [a-z0-9-], at most 80 characters
 * ("Giấy phép 1/2024" → giay-phep-1-2024.md); the title is written by the
 * YAML library; a bad argument ends with one line and writes nothing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { allowSiteModules } from '../src/check/nodeTypeScriptImports.ts';

allowSiteModules();
const { fileSlugFromTitle } = await import('../src/check/slugFromTitle.ts');
const { todayInProvince } = await import('../src/check/rules/dateRule.ts');
const { displayPath } = await import('../src/model/contentTree.ts');
const { contentRoot } = await import('../src/content/paths.ts');
const { sourceLocale } = await import('../src/i18n/locales.ts');
const { splitMarkdown } = await import('../src/model/frontmatter.ts');

/** Every mistake ends the command with ONE line, in English and Vietnamese, and nothing written. */
function refuse(english: string, vietnamese: string, code = 2): never {
  console.error(`npm run new: ${english} / ${vietnamese}`);
  process.exit(code);
}

const collections: Record<string, string> = { procedure: 'procedures', page: 'pages' };
const [kind, ...titleWords] = process.argv.slice(2);
const title = titleWords.join(' ').trim();

if (!kind || !Object.hasOwn(collections, kind) || title === '') {
  refuse('usage: npm run new -- procedure "Cấp thẻ tạm trú" (or page "Giờ làm việc")', 'cách dùng: npm run new -- procedure "Cấp thẻ tạm trú" (hoặc page "Giờ làm việc")');
}
// A title is one line of text: a line break would end the field, a control character is invisible.
if (/[\p{Cc}\u2028\u2029]/u.test(title)) {
  refuse('the title has a line break or a control character; write it on one line', 'tiêu đề có xuống dòng hoặc ký tự điều khiển; hãy viết trên một dòng');
}

const slug = fileSlugFromTitle(title);
if (slug === '') {
  refuse(`"${title}" gives an empty file name; use a title with letters`, 'tiêu đề cần có chữ cái');
}
const collection = collections[kind]!;
const target = path.join(contentRoot, collection, sourceLocale, `${slug}.md`);
const shownTarget = displayPath(path.resolve(target));

// The title is written by the YAML library (quoted and escaped as YAML needs)
// into the template, whose comments explain every field; the result is read
// back, so no title can break the fields or add one.
const template = readFileSync(new URL(`./templates/${kind}.md`, import.meta.url), 'utf8').replaceAll('%TODAY%', todayInProvince());
const titleYaml = stringify(title, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 }).trimEnd();
const text = template.replace('"%TITLE%"', () => titleYaml);
const written = parseDocument(splitMarkdown(text, shownTarget).frontmatter ?? '');
if (written.errors.length > 0 || written.get('title') !== title) {
  refuse('the title cannot be written into the fields; remove unusual characters', 'không ghi được tiêu đề vào phần thông tin; hãy bỏ ký tự lạ');
}

try {
  mkdirSync(path.dirname(target), { recursive: true });
  // 'wx': never overwrite a file that exists, even one created a moment ago.
  writeFileSync(target, text, { flag: 'wx' });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  if (code === 'EEXIST') refuse(`${shownTarget} already exists; edit it instead`, 'tệp đã có, hãy sửa tệp đó', 1);
  refuse(`cannot write ${shownTarget} (${code}); check the content folder`, `không ghi được tệp (${code}); kiểm tra thư mục content`, 1);
}

// The check is loaded only now: a mistake in the arguments is answered at once.
const { runCheck } = await import('../src/check/runCheck.ts');
const { problemLine } = await import('../src/check/report.ts');
const file = shownTarget;
const { errors } = runCheck({ contentDir: contentRoot });
const toFill = errors.filter((problem) => problem.file === file);
console.log(`Created / Đã tạo: ${file}`);
console.log('');
console.log('Fill in these fields, then run `npm run check` again / Điền các trường sau rồi chạy lại `npm run check`:');
for (const problem of toFill) console.log(`  ${problemLine(problem)}`);
console.log('');
console.log('Every field is explained in the file itself; CONTRIBUTING.md says more. / Mỗi trường đều có giải thích ngay trong tệp; xem thêm CONTRIBUTING.md.');
