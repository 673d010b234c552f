/**
 * `npm run new -- procedure "<Vietnamese title>"` or `npm run new -- page "<title>"`:
 * creates the Vietnamese source file from a template with every field present
 * and explained, then lists what is still to fill in (the content check's
 * messages for the new file). Reads CONTENT_DIR (default ./content).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { allowSiteModules } from '../src/check/nodeTypeScriptImports.ts';

allowSiteModules();
const { runCheck } = await import('../src/check/runCheck.ts');
const { problemLine } = await import('../src/check/report.ts');
const { slugFromTitle } = await import('../src/check/slugFromTitle.ts');
const { todayInProvince } = await import('../src/check/rules/dateRule.ts');
const { displayPath } = await import('../src/model/contentTree.ts');
const { contentRoot } = await import('../src/content/paths.ts');
const { sourceLocale } = await import('../src/i18n/locales.ts');

const collections: Record<string, string> = { procedure: 'procedures', page: 'pages' };
const [kind, ...titleWords] = process.argv.slice(2);
const title = titleWords.join(' ').trim();

if (!kind || !(kind in collections) || title === '') {
  console.error(
    [
      'Usage / Cách dùng:',
      '  npm run new -- procedure "Cấp thẻ tạm trú"',
      '  npm run new -- page "Giờ làm việc"',
    ].join('\n'),
  );
  process.exit(2);
}

const slug = slugFromTitle(title);
if (slug === '') {
  console.error(`"${title}" gives an empty file name; use a title with letters. / Tiêu đề cần có chữ cái.`);
  process.exit(2);
}
const collection = collections[kind]!;
const target = path.join(contentRoot, collection, sourceLocale, `${slug}.md`);
if (existsSync(target)) {
  console.error(`${displayPath(path.resolve(target))} already exists; edit it instead. / Tệp đã có, hãy sửa tệp đó.`);
  process.exit(1);
}

const template = readFileSync(new URL(`./templates/${kind}.md`, import.meta.url), 'utf8');
const text = template.replaceAll('%TITLE%', title.replace(/\\/g, '\\\\').replace(/"/g, '\\"')).replaceAll('%TODAY%', todayInProvince());
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, text);

const file = displayPath(path.resolve(target));
const { errors } = runCheck({ contentDir: contentRoot });
const toFill = errors.filter((problem) => problem.file === file);
console.log(`Created / Đã tạo: ${file}`);
console.log('');
console.log('Fill in these fields, then run `npm run check` again / Điền các trường sau rồi chạy lại `npm run check`:');
for (const problem of toFill) console.log(`  ${problemLine(problem)}`);
console.log('');
console.log('Every field is explained in the file itself; CONTRIBUTING.md says more. / Mỗi trường đều có giải thích ngay trong tệp; xem thêm CONTRIBUTING.md.');
