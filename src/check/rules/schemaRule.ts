import type { z } from 'astro/zod';
import { type DataFile, dataFiles } from '../dataFiles';
import { expectationOf } from '../../schemas/expected';
import path from 'node:path';
import { type ContentEntry, type ContentTree, displayPath } from '../../model/contentTree';
import { collectionSchemas, sharedFields, withSharedFields } from '../../model/sharedFields';
import { sourceLocale } from '../../i18n/locales';
import { fieldName, type Problem, type ProblemText } from '../../model/problem';
import type { YamlDocument } from '../../model/yamlDocument';

/**
 * Every file against its zod schema in src/schemas/, the same schemas the
 * site is built with, so the check and the build never disagree.
 */


const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list ("- item" lines)',
  object: 'fields indented under it',
  date: 'a date written as YYYY-MM-DD',
};

const typeNamesVi: Record<string, string> = {
  string: 'văn bản',
  number: 'một số',
  int: 'một số nguyên',
  boolean: 'true hoặc false',
  array: 'một danh sách (các dòng "- mục")',
  object: 'các trường viết thụt vào dưới nó',
  date: 'một ngày viết dạng NĂM-THÁNG-NGÀY (YYYY-MM-DD)',
};

/** Turns a zod issue into words staff can act on. */
export function describeIssue(issue: z.core.$ZodIssue, value: unknown): { en: ProblemText; vi: ProblemText } {
  const own = expectationOf(issue.message);
  const custom = own?.en;
  const customVi = own?.vi;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeNames[issue.expected] ?? issue.expected;
      const expectedVi = typeNamesVi[issue.expected] ?? issue.expected;
      if (value === undefined || value === null) {
        return {
          en: { wrong: 'missing', expected: `${custom ?? expected} (this field is required)` },
          vi: { wrong: 'thiếu trường này', expected: `${customVi ?? expectedVi} (trường bắt buộc)` },
        };
      }
      return {
        en: { wrong: `wrong kind of value (${JSON.stringify(value)})`, expected: custom ?? expected },
        vi: { wrong: 'sai kiểu giá trị', expected: customVi ?? expectedVi },
      };
    }
    case 'invalid_value':
    case 'invalid_union': {
      const values = 'values' in issue ? issue.values.map((v) => String(v)).join(', ') : undefined;
      const got = value === undefined ? 'missing' : `"${String(value)}" is not allowed`;
      return {
        en: { wrong: got, expected: values ? `one of: ${values}` : (custom ?? issue.message) },
        vi: { wrong: value === undefined ? 'thiếu trường này' : 'giá trị không được phép', expected: values ? `một trong: ${values}` : (customVi ?? issue.message) },
      };
    }
    case 'too_small': {
      if (value === '' || value === null) {
        return {
          en: { wrong: 'empty', expected: `${custom ?? 'a value'} (this field is required)` },
          vi: { wrong: 'còn trống', expected: `${customVi ?? 'cần điền'} (trường bắt buộc)` },
        };
      }
      const isList = issue.origin === 'array';
      const wrong = isList ? (Array.isArray(value) && value.length === 0 ? 'the list is empty' : 'too few items') : 'too short';
      return {
        en: { wrong, expected: custom ?? `at least ${String(issue.minimum)} ${isList ? 'item(s)' : 'character(s)'}` },
        vi: { wrong: isList ? 'danh sách quá ít mục' : 'quá ngắn', expected: customVi ?? `ít nhất ${String(issue.minimum)}` },
      };
    }
    default:
      return {
        en: { wrong: value === undefined ? 'missing' : `${JSON.stringify(value)} is not valid`, expected: custom ?? issue.message },
        vi: { wrong: value === undefined ? 'thiếu trường này' : 'giá trị không hợp lệ', expected: customVi ?? issue.message },
      };
  }
}

function valueAtPath(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/** An unknown field: the schemas are strict, so a misspelt optional field is never silently ignored. */
function unknownField(key: string): { en: ProblemText; vi: ProblemText } {
  return {
    en: { wrong: `unknown field "${key}"`, expected: 'only the fields this kind of file has (check the spelling; see scripts/templates/ and CONTRIBUTING.md)' },
    vi: { wrong: `trường "${key}" không xác định`, expected: 'chỉ các trường của loại tệp này (kiểm tra chính tả; xem scripts/templates/ và CONTRIBUTING.md)' },
  };
}

/** Problems of `data` against `schema`, located in `doc`; issues at a path `skip` accepts are left to another file. */
function checkAgainst(schema: z.ZodType, data: unknown, doc: YamlDocument, prefix: readonly PropertyKey[], skip: (path: readonly PropertyKey[]) => boolean = () => false): Problem[] {
  const problems: Problem[] = [];
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (skip(issue.path)) continue;
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const path = [...prefix, ...issue.path, key];
          problems.push({ severity: 'error', file: doc.file, line: doc.lineOf(path), field: fieldName(path), ...unknownField(key) });
        }
        continue;
      }
      const path = [...prefix, ...issue.path];
      const { en, vi } = describeIssue(issue, valueAtPath(data, issue.path));
      problems.push({ severity: 'error', file: doc.file, line: doc.lineOf(path), field: fieldName(path), en, vi });
    }
  }
  return problems;
}

function checkDataFile(dataFile: DataFile, doc: YamlDocument): Problem[] {
  const data = doc.data;
  if (dataFile.shape === 'single') return checkAgainst(dataFile.schema, data ?? {}, doc, []);
  if (dataFile.shape === 'entries') {
    if (data === undefined || data === null) return [];
    if (typeof data !== 'object' || Array.isArray(data)) return [notShaped(doc, 'entries')];
    return Object.entries(data).flatMap(([id, entry]) => checkAgainst(dataFile.schema, entry, doc, [id]));
  }
  if (data === undefined || data === null) return [];
  if (!Array.isArray(data)) return [notShaped(doc, 'list')];
  return data.flatMap((entry: unknown, index) => {
    const { id, ...fields } = (entry && typeof entry === 'object' ? entry : {}) as Record<string, unknown>;
    const idProblems: Problem[] =
      typeof id === 'string' && id !== ''
        ? []
        : [
            {
              severity: 'error',
              file: doc.file,
              line: doc.lineOf([index]),
              field: fieldName([index, 'id']),
              en: { wrong: 'missing', expected: 'an id: lower-case words joined by hyphens, different for each entry' },
              vi: { wrong: 'thiếu mã', expected: 'một mã: chữ thường nối bằng dấu gạch nối, không trùng nhau' },
            },
          ];
    return [...idProblems, ...checkAgainst(dataFile.schema, fields, doc, [index])];
  });
}

function notShaped(doc: YamlDocument, shape: 'entries' | 'list'): Problem {
  return {
    severity: 'error',
    file: doc.file,
    line: 1,
    field: '(whole file)',
    en: { wrong: 'the file has the wrong layout', expected: shape === 'entries' ? 'entries written as "id:" lines with their fields indented under them' : 'entries written as "- id: …" list items' },
    vi: { wrong: 'tệp sai bố cục', expected: shape === 'entries' ? 'mỗi mục là một dòng "mã:" với các trường thụt vào bên dưới' : 'mỗi mục là một dòng "- id: …"' },
  };
}

function missingFile(root: string, name: string): Problem {
  return {
    severity: 'error',
    file: displayPath(path.join(root, name)),
    line: 1,
    field: '(whole file)',
    en: { wrong: 'the file is missing', expected: `a ${name} file in the content folder` },
    vi: { wrong: 'thiếu tệp', expected: `tệp ${name} trong thư mục nội dung` },
  };
}

/** A field a translation must not write: it is the same in every language and comes from the Vietnamese file. */
function sharedFieldWritten(doc: YamlDocument, key: string, sourceFile: string): Problem {
  return {
    severity: 'error',
    file: doc.file,
    line: doc.lineOf([key]),
    field: key,
    en: { wrong: 'is the same in every language, so it is written only in the Vietnamese file', expected: `no ${key} here: edit it in ${sourceFile}, and every language shows the change` },
    vi: { wrong: 'giống nhau ở mọi ngôn ngữ nên chỉ ghi trong tệp tiếng Việt', expected: `bỏ trường ${key} ở đây; sửa trong ${sourceFile}, mọi ngôn ngữ sẽ theo` },
  };
}

/**
 * A Markdown or YAML file of a per-language collection. A Vietnamese file is
 * checked against the whole schema. A translation must not write the shared
 * fields, and is checked as the site reads it: with its source's shared
 * fields (so a rule such as "a journey page has its steps" holds in every
 * language); problems in the shared fields are reported on the source.
 */
function checkLocalizedEntry(tree: ContentTree, entry: ContentEntry, doc: YamlDocument): Problem[] {
  const schemas = collectionSchemas[entry.collection];
  const data = doc.data ?? {};
  if (entry.folder === sourceLocale) return checkAgainst(schemas.source, data, doc, []);
  const shared = sharedFields[entry.collection];
  const fields = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const sourceFile = displayPath(path.join(tree.root, entry.collection, sourceLocale, `${entry.slug}${path.extname(entry.absolute)}`));
  const written = shared.filter((key) => Object.hasOwn(fields, key)).map((key) => sharedFieldWritten(doc, key, sourceFile));
  const own = Object.fromEntries(Object.entries(fields).filter(([key]) => !shared.includes(key)));
  const source = tree.entries.find((e) => e.collection === entry.collection && e.folder === sourceLocale && e.slug === entry.slug);
  // Without a readable source (reported elsewhere), only the translation's own fields can be checked.
  if (!source?.fields || source.fields.problems.length > 0) return [...written, ...checkAgainst(schemas.translation, own, doc, [])];
  const isShared = (issuePath: readonly PropertyKey[]) => typeof issuePath[0] === 'string' && shared.includes(issuePath[0]);
  return [...written, ...checkAgainst(schemas.source, withSharedFields(entry.collection, source.fields.data, own), doc, [], isShared)];
}

export function schemaRule(tree: ContentTree): Problem[] {
  const problems: Problem[] = [];
  for (const entry of tree.entries) {
    if (!entry.fields) continue;
    problems.push(...entry.fields.problems);
    if (entry.fields.problems.length > 0) continue;
    problems.push(...checkLocalizedEntry(tree, entry, entry.fields));
  }

  for (const dataFile of dataFiles) {
    const doc = tree.data.get(dataFile.name);
    if (!doc) {
      if (dataFile.required) problems.push(missingFile(tree.root, dataFile.name));
      continue;
    }
    problems.push(...doc.problems);
    if (doc.problems.length > 0) continue;
    problems.push(...checkDataFile(dataFile, doc));
  }
  for (const [name, doc] of tree.data) {
    if (dataFiles.some((d) => d.name === name)) continue;
    problems.push({
      severity: 'warning',
      file: doc.file,
      line: 1,
      field: '(whole file)',
      en: { wrong: 'the content check does not know this file', expected: 'a data file listed in src/check/dataFiles.ts, so it is checked' },
      vi: { wrong: 'bộ kiểm tra nội dung không biết tệp này', expected: 'tệp dữ liệu có trong src/check/dataFiles.ts để được kiểm tra' },
    });
  }
  return problems;
}
